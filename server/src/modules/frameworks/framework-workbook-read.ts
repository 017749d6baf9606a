// The framework workbook back into a framework document (unchecked: the caller checks its shape and
// rules). Each level sheet is read by its headers, in any column order; formula cells are refused, since
// a framework must say its values, not compute them from cells that may not travel with it.
import { FRAMEWORK_LEVELS, LANGUAGES, type FrameworkLevel, type FrameworkProblem } from '@rbm/shared';
import { FRAMEWORK_SCHEMA_VERSION } from '@rbm/shared/schemas';
import type ExcelJS from 'exceljs';
import { badRequest } from '../../errors.ts';
import { TRANSLATION_SHEET } from './framework-workbook.ts';

type Raw = string | number | null;
type Row = Map<string, Raw> & { number: number };
type Item = Record<string, unknown>;

const LEVEL_BY_SHEET = new Map(
  (Object.entries(FRAMEWORK_LEVELS) as Array<[FrameworkLevel, string]>).map(([level, sheet]) => [
    sheet,
    level,
  ]),
);

function plain(value: ExcelJS.CellValue): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'boolean') return value ? 'yes' : null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((p) => p.text)
      .join('')
      .trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return null;
}

const text = (row: Row, header: string) => {
  const value = row.get(header);
  return value === null || value === undefined ? undefined : String(value);
};
/** A number cell; text that reads as a number is taken, other text stays text (the shape check names it). */
const num = (row: Row, header: string): unknown => {
  const value = row.get(header);
  if (value === null || value === undefined) return undefined;
  return typeof value === 'number' || Number.isNaN(Number(value)) ? value : Number(value);
};
const list = (row: Row, header: string) =>
  (text(row, header) ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
const yes = (row: Row, header: string) => /^(yes|true|1|x)$/i.test(text(row, header) ?? '');
const defined = (item: Item): Item =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined));

function provenance(row: Row): Item {
  return {
    name: { en: text(row, 'Name') ?? '' },
    description: text(row, 'Description') === undefined ? undefined : { en: text(row, 'Description') },
    sourceStatus: text(row, 'Source status'),
    sourceUrl: text(row, 'Source URL'),
    retired: yes(row, 'Retired') ? true : undefined,
  };
}

const READERS: Record<FrameworkLevel, (row: Row) => Item> = {
  plan: (r) => ({
    code: text(r, 'Code'),
    name: { en: text(r, 'Name') ?? '' },
    startYear: num(r, 'Start year'),
    endYear: num(r, 'End year'),
    status: text(r, 'Status'),
    thresholds: { onTrack: num(r, 'On track from'), atRisk: num(r, 'At risk from') },
    calendar: {
      reportingDeadlineDays: num(r, 'Reporting deadline (days)'),
      reviewDeadlineDays: num(r, 'Review deadline (days)'),
    },
  }),
  units: (r) => ({
    code: text(r, 'Code'),
    parent: text(r, 'Parent'),
    kind: text(r, 'Kind'),
    name: { en: text(r, 'Name') ?? '' },
    retired: yes(r, 'Retired') ? true : undefined,
  }),
  regions: (r) => ({
    code: text(r, 'Code'),
    name: { en: text(r, 'Name') ?? '' },
    retired: yes(r, 'Retired') ? true : undefined,
  }),
  goals: (r) => ({ code: text(r, 'Code'), ...provenance(r) }),
  targets: (r) => ({
    code: text(r, 'Code'),
    goal: text(r, 'Goal'),
    value: num(r, 'Value') ?? null,
    unit: text(r, 'Unit'),
    direction: text(r, 'Direction'),
    deadlineYear: num(r, 'Deadline year'),
    baseline:
      num(r, 'Baseline value') === undefined && num(r, 'Baseline year') === undefined
        ? undefined
        : { value: num(r, 'Baseline value'), year: num(r, 'Baseline year') },
    statistic: text(r, 'Statistic'),
    ...provenance(r),
  }),
  priorities: (r) => ({ code: text(r, 'Code'), unit: text(r, 'Unit'), ...provenance(r) }),
  outcomes: (r) => ({ code: text(r, 'Code'), priority: text(r, 'Priority'), ...provenance(r) }),
  outputs: (r) => ({ code: text(r, 'Code'), priority: text(r, 'Priority'), ...provenance(r) }),
  enablers: (r) => ({ code: text(r, 'Code'), ...provenance(r) }),
  themes: (r) => ({ code: text(r, 'Code'), ...provenance(r) }),
  kpis: (r) => ({
    code: text(r, 'Code'),
    name: { en: text(r, 'Name') ?? '' },
    definition: text(r, 'Definition') === undefined ? undefined : { en: text(r, 'Definition') },
    priority: text(r, 'Priority'),
    unit: text(r, 'Unit'),
    direction: text(r, 'Direction'),
    aggregation: text(r, 'Aggregation'),
    frequency: text(r, 'Frequency'),
    baseline:
      num(r, 'Baseline value') === undefined && text(r, 'Baseline period') === undefined
        ? undefined
        : { value: num(r, 'Baseline value'), period: text(r, 'Baseline period') },
    annualTargets: Object.fromEntries(
      [...r.keys()].flatMap((h) => {
        const year = /^Target (\d{4})$/.exec(h)?.[1];
        return year !== undefined && num(r, h) !== undefined ? [[year, num(r, h)]] : [];
      }),
    ),
    tolerance: num(r, 'Tolerance'),
    weight: num(r, 'Weight'),
    dataSource: text(r, 'Data source'),
    ownerUnit: text(r, 'Owner unit'),
    byRegion: yes(r, 'By region'),
    outcomes: list(r, 'Outcomes'),
    outputs: list(r, 'Outputs'),
    targets: list(r, 'Targets'),
    themes: list(r, 'Themes'),
    sourceStatus: text(r, 'Source status'),
    sourceUrl: text(r, 'Source URL'),
    retired: yes(r, 'Retired') ? true : undefined,
  }),
};

function problem(
  level: FrameworkProblem['level'],
  row: number | null,
  column: string | null,
  reason: FrameworkProblem['reason'],
  message: string,
): FrameworkProblem {
  return { level, code: null, row, column, reason, message };
}

/** The rows of a sheet under its header row, and a problem for every formula cell. */
function rowsOf(
  sheet: ExcelJS.Worksheet,
  level: FrameworkProblem['level'],
  problems: FrameworkProblem[],
): Row[] {
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => (headers[column] = String(plain(cell.value) ?? '')));
  const rows: Row[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = Object.assign(new Map<string, Raw>(), { number });
    row.eachCell((cell, column) => {
      const header = headers[column];
      if (header === undefined || header === '') return;
      if (cell.type === 6 /* ExcelJS.ValueType.Formula */) {
        problems.push(
          problem(
            level,
            number,
            header,
            'formula_cell',
            `${sheet.name} ${cell.address} holds a formula: type its value instead`,
          ),
        );
      }
      cells.set(header, plain(cell.value));
    });
    if ([...cells.values()].some((v) => v !== null)) rows.push(cells);
  });
  return rows;
}

export async function readFrameworkWorkbook(content: Buffer, maxRows: number) {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw badRequest('file_unreadable', 'The XLSX file cannot be read: open it in Excel and save it again');
  }
  const problems: FrameworkProblem[] = [];
  const total = workbook.worksheets.reduce((n, s) => n + s.actualRowCount, 0);
  if (total > maxRows) {
    problems.push(
      problem(
        'file',
        null,
        null,
        'too_many_rows',
        `The workbook has ${total} rows, more than ${maxRows}: a framework has hundreds of items; check it is the right file`,
      ),
    );
    return { candidate: null, problems };
  }
  const candidate: Item = { schemaVersion: FRAMEWORK_SCHEMA_VERSION };
  const items = new Map<string, Item>();
  for (const [sheetName, level] of LEVEL_BY_SHEET) {
    const sheet = workbook.getWorksheet(sheetName);
    if (!sheet) {
      problems.push(
        problem(
          level,
          null,
          null,
          'sheet_missing',
          `The workbook has no sheet "${sheetName}": export the framework again to get every sheet`,
        ),
      );
      continue;
    }
    const read = rowsOf(sheet, level, problems).map((row) => defined(READERS[level](row)));
    if (level === 'plan') candidate.plan = read[0] ?? {};
    else candidate[level] = read;
    for (const item of read) items.set(`${sheetName}:${String(item.code)}`, item);
  }
  const translations = workbook.getWorksheet(TRANSLATION_SHEET);
  for (const row of translations ? rowsOf(translations, 'translations', problems) : []) {
    const item = items.get(`${text(row, 'Sheet')}:${text(row, 'Code')}`);
    const field = text(row, 'Field') ?? '';
    const language = text(row, 'Language') ?? '';
    const body = text(row, 'Text');
    const target = item?.[field] as Record<string, string> | undefined;
    if (
      !item ||
      !target ||
      !LANGUAGES.includes(language as never) ||
      language === 'en' ||
      body === undefined
    ) {
      problems.push(
        problem(
          'translations',
          row.number,
          'Code',
          'unknown_link',
          `Row ${row.number} of Translations names no text of the framework (sheet, code, field, language)`,
        ),
      );
      continue;
    }
    target[language] = body;
    if (yes(row, 'Confirmed')) {
      const languages = (item.confirmedLanguages as string[] | undefined) ?? [];
      item.confirmedLanguages = LANGUAGES.filter((l) => l === language || languages.includes(l));
    }
  }
  return { candidate, problems };
}
