// What each row of an imported sheet would do to a priority's quarter: new, changed or unchanged, or bad
// with a reason (the value PUT's rules and messages, from the values module). Pure: the caller loads the
// KPIs, regions, stored values and review status.
import { VALUE_STATES, type Frequency, type KpiUnit } from '@rbm/shared';
import { asEnum } from '../../lib/enums.ts';
import type { PlanYears, ValueLimits } from '@rbm/shared/rbm';
import type { ImportCounts, ImportRow, ImportRowProblem } from '@rbm/shared/schemas';
import { badRequest } from '../../errors.ts';
import {
  entryProblem,
  lockProblem,
  periodProblem,
  regionProblem,
  type ValueProblem,
} from '../values/values.service.ts';
import { unescapeText, type Cell, type Table } from './spreadsheet.ts';

export const NO_DATA_HEADER = 'No data: reason';
export const TEMPLATE_HEADERS = [
  'KPI code',
  'KPI name',
  'Period',
  'Region',
  'Value',
  NO_DATA_HEADER,
  'Note',
] as const;

type Column = 'code' | 'period' | 'region' | 'value' | 'noData' | 'note';
const HEADER_NAMES: Record<string, Column | 'ignored'> = {
  kpicode: 'code',
  code: 'code',
  kpi: 'code',
  kpiname: 'ignored',
  name: 'ignored',
  period: 'period',
  quarter: 'period',
  region: 'region',
  value: 'value',
  nodatareason: 'noData',
  nodata: 'noData',
  reason: 'noData',
  note: 'note',
  notes: 'note',
  // The export's other columns: shown for reference, never imported.
  evidence: 'ignored',
  unit: 'ignored',
  baseline: 'ignored',
  target: 'ignored',
  state: 'ignored',
};
const REQUIRED: Column[] = ['code', 'period', 'value'];

export interface ImportKpi {
  id: number;
  code: string;
  ownerPriorityId: number;
  ownerPriorityCode: string;
  unit: KpiUnit;
  frequency: Frequency;
  byRegion: boolean;
}

export interface StoredValue {
  id: number;
  kpiId: number;
  regionId: number | null;
  value: number | null;
  noDataReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  state: string;
  version: number;
}

export interface ImportContext {
  priorityId: number;
  priorityCode: string;
  period: string;
  plan: PlanYears;
  now: Date;
  kpis: ReadonlyMap<string, ImportKpi>;
  regions: ReadonlyMap<string, number>;
  stored: ReadonlyMap<string, StoredValue>;
  reviewStatus: string | null;
  /** Each KPI's hard limits (entry rules); none when absent. */
  limits?: (kpiId: number) => ValueLimits | null;
}

/** A valid row and what it writes. */
export interface PlannedRow extends ImportRow {
  kpiId: number;
  regionId: number | null;
  stored: StoredValue | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  invalid: ImportRowProblem[];
  counts: ImportCounts;
}

export const valueKey = (kpiId: number, regionId: number | null) => `${kpiId}|${regionId ?? ''}`;

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Which column holds what; 400 when a required header is missing. */
export function mapHeaders(header: readonly Cell[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((cell, index) => {
    const name =
      HEADER_NAMES[
        text(cell)
          .toLowerCase()
          .replace(/[^a-z]/g, '')
      ];
    if (name !== undefined && name !== 'ignored' && !columns.has(name)) columns.set(name, index);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    throw badRequest(
      'headers_missing',
      `The first row must name the columns ${TEMPLATE_HEADERS.join(', ')}; missing: ` +
        missing.map((c) => ({ code: 'KPI code', period: 'Period', value: 'Value' })[c as 'code']).join(', ') +
        '. Download the template to start from the right columns.',
    );
  }
  return columns;
}

/** A number from a cell: spreadsheet numbers as they are, text with a dot or a lone decimal comma. */
export function parseNumber(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return cell;
  const raw = text(cell).replace(/[\s\u00a0\u202f]/g, '');
  const normalized = /^[-+]?\d+,\d+$/.test(raw) ? raw.replace(',', '.') : raw;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** Evaluates every data row (the header is row 1); rows without any text are skipped. */
export function planImport(table: Table, context: ImportContext): ImportPlan {
  const [header, ...data] = table;
  if (!header || data.every((row) => row.every((c) => text(c) === ''))) {
    throw badRequest('file_empty', 'The file has no rows to import under its header row');
  }
  const columns = mapHeaders(header);
  const cell = (row: Cell[], column: Column) => {
    const index = columns.get(column);
    return index === undefined ? undefined : row[index];
  };
  const rows: PlannedRow[] = [];
  const invalid: ImportRowProblem[] = [];
  const seen = new Map<string, number>();
  let empty = 0;
  let read = 0;

  data.forEach((cells, index) => {
    if (cells.every((c) => text(c) === '')) return;
    read++;
    const row = index + 2;
    const code = text(cell(cells, 'code'));
    const regionCode = text(cell(cells, 'region'));
    const region = regionCode === '' || /^(total|-|—)$/i.test(regionCode) ? null : regionCode.toUpperCase();
    const bad = (reason: string, message: string) =>
      invalid.push({ row, kpiCode: code === '' ? null : code, region, code: reason, message });
    const valueText = text(cell(cells, 'value'));
    const reasonCell = cell(cells, 'noData');
    const reasonText = reasonCell === undefined ? '' : unescapeText(text(reasonCell));
    if (valueText === '' && reasonText === '') {
      empty++;
      return;
    }
    if (code === '') return bad('kpi_code_missing', 'The KPI code is missing');
    const kpi = context.kpis.get(code.toUpperCase());
    if (!kpi) return bad('kpi_unknown', `No KPI has the code ${code}`);
    if (kpi.ownerPriorityId !== context.priorityId) {
      return bad(
        'kpi_not_in_priority',
        `${kpi.code} is reported by ${kpi.ownerPriorityCode}, not ${context.priorityCode}`,
      );
    }
    const period = text(cell(cells, 'period')).toUpperCase();
    if (period !== context.period) {
      return bad(
        'period_mismatch',
        `The row is for ${period || 'no period'}; this import is for ${context.period}`,
      );
    }
    const broken = (problem: ValueProblem) => bad(problem.code, problem.fieldMessage);
    const periodBroken = periodProblem(context.plan, period, kpi.frequency, context.now);
    if (periodBroken) return broken(periodBroken);
    const regionId = region === null ? null : context.regions.get(region);
    if (regionId === undefined) return bad('region_unknown', `No region has the code ${regionCode}`);
    const regionBroken = regionProblem(kpi, regionId);
    if (regionBroken) return broken(regionBroken);
    const number = valueText === '' ? null : parseNumber(cell(cells, 'value'));
    if (valueText !== '' && number === null) return bad('value_not_number', `"${valueText}" is not a number`);
    // The value PUT's rule: a figure (a reason beside it is dropped), or no figure and a reason.
    const checked = entryProblem(
      kpi.unit,
      { value: number, noDataReason: reasonText },
      context.limits?.(kpi.id),
    );
    if (!checked.ok) return broken(checked.problem);
    const { value, noDataReason } = checked;
    const key = valueKey(kpi.id, regionId);
    const first = seen.get(key);
    if (first !== undefined) return bad('duplicate_row', `Row ${first} already gives this KPI and region`);
    seen.set(key, row);

    const stored = context.stored.get(key) ?? null;
    const noteCell = cell(cells, 'note');
    const noteText = noteCell === undefined ? undefined : unescapeText(text(noteCell));
    // Without a Note column the stored note stays; an empty Note cell clears it.
    const note = noteText === undefined ? (stored?.note ?? null) : noteText === '' ? null : noteText;
    const change =
      stored === null
        ? 'new'
        : stored.value === value && stored.note === note && stored.noDataReason === noDataReason
          ? 'unchanged'
          : 'changed';
    const lockBroken = change === 'unchanged' ? null : lockProblem(period, stored, context.reviewStatus);
    if (lockBroken) return broken(lockBroken);
    rows.push({
      row,
      kpiCode: kpi.code,
      region,
      value,
      noDataReason,
      note,
      change,
      current: stored
        ? {
            value: stored.value,
            noDataReason: stored.noDataReason,
            note: stored.note,
            state: asEnum(VALUE_STATES, stored.state, 'kpi_value.state'),
          }
        : null,
      kpiId: kpi.id,
      regionId,
      stored,
    });
  });

  const count = (change: ImportRow['change']) => rows.filter((r) => r.change === change).length;
  return {
    rows,
    invalid,
    counts: {
      rows: read,
      new: count('new'),
      changed: count('changed'),
      unchanged: count('unchanged'),
      invalid: invalid.length,
      empty,
    },
  };
}
