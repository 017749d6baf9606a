// The annual report as a workbook for the Council's secretariat: one sheet per part, in the reader's
// language (right-to-left sheets in Arabic), statuses as words with the screens' symbols and colours, and
// ready to print: A4 landscape, one page wide, the header row repeated on every page.
import { STATUSES, type Status } from '@rbm/shared';
import { officeColor } from '@rbm/shared/rbm';
import type { AnnualReport, ReportGroup, RollUpFigures } from '@rbm/shared/schemas';
import type ExcelJS from 'exceljs';
import type { ExportLocale, TextKey } from './export-texts/index.ts';

export type Cell = string | number | null;

const PERCENT = '0.0%';
const RATIO = '0.00';
/** Excel's paper size code for A4 (its default is Letter). */
const A4 = 9;

export interface Column {
  header: string;
  width: number;
  numFmt?: string;
  /** Long text: wrapped, so nothing is cut when printed. */
  wrap?: boolean;
  /** Holds a status word, coloured as the screens colour it. */
  status?: boolean;
  /** Holds a KPI figure: thousands grouped, two decimals unless whole (the reader's separators). */
  figure?: boolean;
}

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * The height a row needs so that its wrapped cells show every line: spreadsheet programs do not all grow a
 * row to its wrapped text on opening (LibreOffice keeps the default height and the lines overlap).
 */
function rowHeight(cells: readonly Cell[], columns: readonly Column[], wrapAll = false): number {
  const lines = cells.map((cell, i) => {
    const column = columns[i];
    if (typeof cell !== 'string' || !column || !(wrapAll || column.wrap)) return 1;
    // about one character per width unit, less for bold or wide scripts: 10 % to spare
    const perLine = Math.max(1, Math.floor(column.width * 0.9));
    return cell.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  });
  return Math.max(1, ...lines) * LINE_HEIGHT;
}

/** Header and footer texts are codes to Excel: a literal `&` is written `&&`. */
const headerText = (text: string) => text.replaceAll('&', '&&');

export function addSheet(
  workbook: ExcelJS.Workbook,
  locale: ExportLocale,
  name: string,
  columns: Column[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: locale.rtl }],
    pageSetup: {
      paperSize: A4 as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C${headerText(workbook.title)}`,
      oddFooter: `&L${headerText(name)}&R${locale.text('page')}`,
    },
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      alignment: { vertical: 'top', wrapText: c.wrap === true },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = rowHeight(
    columns.map((c) => c.header),
    columns,
    true,
  );
  for (const row of rows) {
    const added = sheet.addRow(row.map((cell) => cell ?? undefined));
    added.height = rowHeight(row, columns);
    columns.forEach((c, i) => {
      const value = row[i];
      if (c.figure && typeof value === 'number') {
        added.getCell(i + 1).numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.00';
      }
      const status = STATUSES.find((s) => locale.statusLabel(s) === row[i]);
      if (c.status && status) added.getCell(i + 1).font = { color: { argb: `FF${officeColor(status)}` } };
    });
  }
  return sheet;
}

export const text = (header: string, width = 14): Column => ({ header, width });
export const long = (header: string, width: number): Column => ({ header, width, wrap: true });
const percent = (header: string): Column => ({ header, width: 13, numFmt: PERCENT });
export const figure = (header: string, width = 11): Column => ({ header, width, figure: true });

function rollUpColumns(locale: ExportLocale): Column[] {
  const t = locale.text;
  return [
    { ...text(t('status'), 18), status: true },
    percent(t('score')),
    percent(t('completeness')),
    percent(t('timeliness')),
    text(t('kpis'), 9),
    ...STATUSES.map((s) => ({ ...text(locale.statusLabel(s), 11), wrap: true })),
  ];
}

const rollUpCells = (locale: ExportLocale, r: RollUpFigures): Cell[] => [
  locale.statusLabel(r.status),
  r.score,
  r.completeness,
  r.timeliness,
  r.kpiCount,
  ...STATUSES.map((s) => r.counts[s]),
];

function summarySheet(workbook: ExcelJS.Workbook, locale: ExportLocale, report: AnnualReport, day: string) {
  const t = locale.text;
  const o = report.overall;
  const item = (key: TextKey, value: Cell): Cell[] => [t(key), value];
  const percentItems: Cell[][] = [
    item('score', o.score),
    item('completeness', o.completeness),
    item('timeliness', o.timeliness),
  ];
  const rows: Cell[][] = [
    item('plan', report.plan.code),
    item('planName', report.plan.name.text),
    item('year', String(report.year)),
    item('yearDue', report.due ? t('yes') : `${t('no')}: ${t('notYetDue', { year: report.year })}`),
    item('latestDueQuarter', report.latestDueQuarter ? locale.period(report.latestDueQuarter) : null),
    item('values', report.basis.values === 'approved' ? t('approvedOnly') : t('unapproved')),
    [t('asOf', { quarter: locale.period(report.basis.asOf) }), null],
    [t('producedOn', { date: locale.date(day) }), null],
    [t('status'), locale.statusLabel(o.status)],
    ...percentItems,
    item('kpis', o.kpiCount),
    ...STATUSES.map((s: Status): Cell[] => [locale.statusLabel(s), o.counts[s]]),
  ];
  const columns = [
    { ...long(t('item'), 34), status: true },
    { ...long(t('value'), 60), status: true },
  ];
  const sheet = addSheet(workbook, locale, t('sheetSummary'), columns, rows);
  const percentLabels = new Set(percentItems.map((row) => row[0]));
  sheet.eachRow((row) => {
    if (percentLabels.has(String(row.getCell(1).value))) row.getCell(2).numFmt = PERCENT;
  });
}

/** The workbook of the report in `locale`'s language; `day` (`YYYY-MM-DD`) is the day it is produced. */
export async function annualReportXlsx(
  report: AnnualReport,
  locale: ExportLocale,
  day: string,
): Promise<Buffer> {
  const t = locale.text;
  // loaded with the first workbook: exceljs takes about 0.4 s to load, too long for every start
  const workbook = new (await import('exceljs')).default.Workbook();
  workbook.creator = 'RBM dashboard';
  workbook.title = `${t('title', { year: report.year })} - ${report.plan.code}`;

  summarySheet(workbook, locale, report, day);
  const groupRow = (g: ReportGroup): Cell[] => [g.code, g.name.text, ...rollUpCells(locale, g.rollUp)];
  const groupColumns = [text(t('code'), 10), long(t('name'), 40), ...rollUpColumns(locale)];
  addSheet(workbook, locale, t('sheetGoals'), groupColumns, report.goals.map(groupRow));
  addSheet(workbook, locale, t('sheetSectors'), groupColumns, report.sectors.map(groupRow));
  addSheet(
    workbook,
    locale,
    t('sheetPriorities'),
    [text(t('sector'), 10), ...groupColumns],
    report.sectors.flatMap((s) => s.priorities.map((p) => [s.code, ...groupRow(p)])),
  );
  addSheet(
    workbook,
    locale,
    t('sheetOffTrack'),
    [
      text(t('code'), 10),
      long(t('name'), 32),
      text(t('priority'), 11),
      text(t('sector'), 9),
      { ...text(t('status'), 14), status: true },
      figure(t('actual')),
      figure(t('expected')),
      figure(t('target', { year: report.year })),
      { ...text(t('ratio'), 8), numFmt: RATIO },
      text(t('unit'), 9),
      long(t('reviewQuarter'), 12),
      long(t('challenges'), 34),
      long(t('improvements'), 34),
    ],
    report.offTrack.map((k) => [
      k.code,
      k.name.text,
      k.priority,
      k.sector,
      locale.statusLabel(k.status),
      k.actual,
      k.expected,
      k.target,
      k.ratio,
      locale.unit(k.unit),
      k.narrative ? locale.period(k.narrative.period) : null,
      k.narrative?.challenges ?? null,
      k.narrative?.improvements ?? null,
    ]),
  );
  addSheet(
    workbook,
    locale,
    t('sheetAchieved'),
    [
      text(t('code'), 10),
      long(t('name'), 50),
      text(t('priority'), 11),
      text(t('sector'), 9),
      figure(t('actual'), 12),
      figure(t('target', { year: report.year }), 12),
      text(t('unit'), 10),
    ],
    report.achieved.map((k) => [
      k.code,
      k.name.text,
      k.priority,
      k.sector,
      k.actual,
      k.target,
      locale.unit(k.unit),
    ]),
  );
  addSheet(
    workbook,
    locale,
    t('sheetAchievements'),
    [
      long(t('reviewQuarter'), 14),
      text(t('priority'), 11),
      text(t('review'), 12),
      long(t('achievement'), 90),
    ],
    report.achievements.map((a) => [locale.period(a.period), a.priority, locale.review(a.status), a.text]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
