// A new edition of the published ICT statistics from a sheet (indicator, area, year, value, edition,
// source). The preview checks every row and writes nothing; the confirmation reads the same file again in
// one transaction, refuses it while a row is bad or when the file or the stored statistics changed since
// the preview (409 import_stale), then adds and corrects values, each audited. No edition is deleted: the
// overview draws each year's newest edition and keeps the older ones (stats.service.ts, compareEditions).
import { createHash } from 'node:crypto';
import {
  STATISTICS_SHEET_HEADERS,
  type ConfirmStatisticsImportBody,
  type StatisticsImportBody,
  type StatisticsImportPreview,
  type StatisticsImportProblem,
  type StatisticsImportResult,
} from '@rbm/shared/schemas';
import { badRequest } from '../../errors.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { auditedWrite } from '../audit/audit.service.ts';
import { regionCodes } from '../figures/figures.service.ts';
import { countRows, requireConfirmable } from '../imports/register-import.ts';
import { decodeUpload, formatOf, readTable, unescapeText, type Table } from '../imports/spreadsheet.ts';
import * as repo from './statistics-sheet.repository.ts';

type Stored = Awaited<ReturnType<typeof repo.findStoredStatistics>>[number];
type Row = StatisticsImportPreview['rows'][number] & {
  indicatorId: number;
  unit: string;
  sourceUrl: string | null;
  stored: Stored | null;
};

/** Units of a share, whose values go from 0 to 100. */
const PERCENT_UNITS = new Set(['%', 'percent']);
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

const cellText = (cell: Table[number][number] | undefined) =>
  cell === null || cell === undefined ? '' : unescapeText(String(cell).trim());
const columnLetter = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);
const keyOf = (indicatorId: number, area: string, year: number, edition: string) =>
  `${indicatorId}\u0001${area.toLowerCase()}\u0001${year}\u0001${edition}`;

/** A number as a sheet holds it: a number cell, or text with a point or a comma for decimals. */
function numberOf(cell: Table[number][number] | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(',', '.'));
}

async function evaluate(ctx: ServiceContext, input: StatisticsImportBody) {
  const content = decodeUpload(input.content);
  const format = formatOf(input.fileName, content);
  const table = await readTable(format, content);
  const header = (table[0] ?? []).map((c) => cellText(c).toLowerCase());
  const column = STATISTICS_SHEET_HEADERS.map((h) => header.indexOf(h.toLowerCase()));
  const missing = STATISTICS_SHEET_HEADERS.filter((_, i) => column[i] === -1);
  if (missing.length > 0) {
    throw badRequest('headers_missing', `The first row must name these columns: ${missing.join(', ')}`);
  }
  const [indicators, stored, regions] = await Promise.all([
    repo.findIndicators(ctx.db),
    repo.findStoredStatistics(ctx.db),
    regionCodes(ctx),
  ]);
  // An area is World, an ITU region or an aggregate an edition already used, spelled as stored.
  const areas = new Map(
    ['World', ...regions, ...stored.map((s) => s.area)].map((area) => [area.toLowerCase(), area]),
  );
  const storedByKey = new Map(stored.map((s) => [keyOf(s.indicatorId, s.area, s.year, s.edition), s]));
  const rows: Row[] = [];
  const invalid: StatisticsImportProblem[] = [];
  const seen = new Set<string>();
  const at = (i: number) => column[i] ?? 0;
  for (const [index, cells] of table.slice(1).entries()) {
    const rowNumber = index + 2;
    const values = STATISTICS_SHEET_HEADERS.map((_, i) => cellText(cells[at(i)]));
    if (values.every((v) => v === '')) continue;
    const [code = '', areaText = '', yearText = '', , edition = '', source = ''] = values;
    const indicator = indicators.find((i) => i.code.toLowerCase() === code.toLowerCase());
    const problem = (i: number, reason: StatisticsImportProblem['code'], message: string) =>
      invalid.push({
        row: rowNumber,
        cell: `${columnLetter(at(i))}${rowNumber}`,
        indicator: indicator?.code ?? (code || null),
        code: reason,
        message,
      });
    if (!indicator) {
      problem(0, 'indicator_unknown', `No published statistic has the code "${code}"`);
      continue;
    }
    const area = areas.get(areaText.toLowerCase());
    if (!area) {
      problem(
        1,
        'area_unknown',
        `"${areaText}" is not World, an ITU region or an aggregate already published`,
      );
      continue;
    }
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < EARLIEST_YEAR || year > LATEST_YEAR) {
      problem(2, 'year_invalid', `The year must be a whole year from ${EARLIEST_YEAR} to ${LATEST_YEAR}`);
      continue;
    }
    const value = numberOf(cells[at(3)]);
    if (value === null || (PERCENT_UNITS.has(indicator.unit) && (value < 0 || value > 100))) {
      problem(
        3,
        'value_invalid',
        PERCENT_UNITS.has(indicator.unit)
          ? 'The value must be a number from 0 to 100'
          : 'The value must be a number',
      );
      continue;
    }
    if (edition === '' || edition.length > 40) {
      problem(4, 'edition_missing', 'Name the edition (at most 40 characters), e.g. FF2026');
      continue;
    }
    if (source !== '' && (!/^https?:\/\/\S+$/.test(source) || source.length > 500)) {
      problem(5, 'source_invalid', 'The source must be a web address (http or https), or left empty');
      continue;
    }
    const key = keyOf(indicator.id, area, year, edition);
    if (seen.has(key)) {
      problem(
        2,
        'row_repeated',
        `${indicator.code} ${area} ${year} (${edition}) appears on an earlier row too`,
      );
      continue;
    }
    seen.add(key);
    const sourceUrl = source === '' ? null : source;
    const before = storedByKey.get(key) ?? null;
    const change = !before
      ? 'new'
      : before.value === value && before.sourceUrl === sourceUrl
        ? 'unchanged'
        : 'changed';
    rows.push({
      row: rowNumber,
      indicator: indicator.code,
      area,
      year,
      edition,
      value,
      before: before?.value ?? null,
      change,
      indicatorId: indicator.id,
      unit: indicator.unit,
      sourceUrl,
      stored: before,
    });
  }
  const hash = createHash('sha256').update(content);
  for (const r of rows) hash.update(`|${r.row}:${r.change}:${r.stored?.id ?? 0}:${r.stored?.value ?? ''}`);
  for (const p of invalid) hash.update(`|${p.row}:${p.code}`);
  return { format, rows, invalid, token: hash.digest('base64url') };
}

export async function previewStatisticsImport(
  ctx: WriteServiceContext,
  input: StatisticsImportBody,
): Promise<StatisticsImportPreview> {
  const { format, rows, invalid, token } = await evaluate(ctx, input);
  return {
    format,
    counts: countRows(rows, invalid.length),
    editions: [...new Set(rows.map((r) => r.edition))].sort(),
    rows: rows.map(({ row, indicator, area, year, edition, value, before, change }) => ({
      row,
      indicator,
      area,
      year,
      edition,
      value,
      before,
      change,
    })),
    invalid,
    token,
  };
}

export async function importStatistics(
  ctx: WriteServiceContext,
  input: ConfirmStatisticsImportBody,
): Promise<StatisticsImportResult> {
  return auditedWrite(ctx.db, ctx, async (tx, audit) => {
    const { rows, invalid, token } = await evaluate({ ...ctx, db: tx }, input);
    requireConfirmable(
      token,
      input.token,
      invalid.map((p) => p.row),
    );
    const result: StatisticsImportResult = { created: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const after = {
        indicator: row.indicator,
        area: row.area,
        year: row.year,
        edition: row.edition,
        value: row.value,
        sourceUrl: row.sourceUrl,
      };
      // A value with its source is the publication's; without one it is taken on the uploader's word.
      const sourceStatus = row.sourceUrl === null ? 'unverified' : 'verified';
      if (row.change === 'unchanged') {
        result.unchanged += 1;
      } else if (row.stored === null) {
        const id = await repo.insertStatistic(tx, {
          indicatorId: row.indicatorId,
          area: row.area,
          year: row.year,
          value: row.value,
          unit: row.unit,
          edition: row.edition,
          sourceUrl: row.sourceUrl,
          sourceStatus,
        });
        await audit({ action: 'create', entity: 'statistic', entityId: id, after, reason: 'import' });
        result.created += 1;
      } else {
        await repo.updateStatistic(tx, row.stored.id, {
          value: row.value,
          sourceUrl: row.sourceUrl,
          sourceStatus,
        });
        await audit({
          action: 'update',
          entity: 'statistic',
          entityId: row.stored.id,
          before: { ...after, value: row.stored.value, sourceUrl: row.stored.sourceUrl },
          after,
          reason: 'import',
        });
        result.updated += 1;
      }
    }
    return result;
  });
}
