// Reported values: how quarters make a year, the year-to-date of a flow, and the checks a value must pass
// (shared by the API and the client, which map the stable codes to translated messages).

import type { Aggregation, Frequency, KpiUnit } from '../domain.ts';
import {
  lastCompleteQuarterIndex,
  parsePeriod,
  quarterIndex,
  quarterIndexOf,
  type PlanYears,
  type Quarter,
} from './periods.ts';
import { snapToZero } from './numbers.ts';

/** One stored value: a quarter (`YYYY-Qn`) and its number. Annual KPIs report in the Q4 period. */
export interface ActualValue {
  period: string;
  value: number;
}
export type Actuals = ReadonlyArray<ActualValue>;

/** Reported values by quarter index. */
export type QuarterValues = ReadonlyMap<number, number>;

/**
 * Index the actuals by quarter. Entries whose period is not a quarter or whose value is not a finite number
 * are ignored; when a quarter appears twice the later entry wins.
 */
export function indexActuals(actuals: Actuals): Map<number, number> {
  const values = new Map<number, number>();
  for (const actual of actuals) {
    const index = quarterIndexOf(actual.period);
    if (index !== null && Number.isFinite(actual.value)) values.set(index, actual.value);
  }
  return values;
}

/**
 * A year's value from indexed quarters (sums that cancel to rounding noise are exactly 0): `sum` of its reported quarters, the `last` reported quarter, or the
 * `mean` of its reported quarters; null when no quarter of the year is reported. An `annual` KPI only
 * counts its Q4 value (its reporting period).
 */
export function yearValueOf(
  values: QuarterValues,
  aggregation: Aggregation,
  year: number,
  frequency: Frequency = 'quarterly',
): number | null {
  const first = quarterIndex(year, frequency === 'annual' ? 4 : 1);
  let total = 0;
  let magnitude = 0;
  let count = 0;
  let last: number | null = null;
  for (let index = first; index <= quarterIndex(year, 4); index++) {
    const value = values.get(index);
    if (value === undefined) continue;
    total += value;
    magnitude += Math.abs(value);
    count++;
    last = value;
  }
  if (last === null) return null;
  if (aggregation === 'last') return last;
  const sum = snapToZero(total, magnitude);
  return aggregation === 'sum' ? sum : sum / count;
}

/** The sum of the reported quarters of `year` from Q1 up to `quarter`; null when none is reported. */
export function yearToDateOf(values: QuarterValues, year: number, quarter: Quarter): number | null {
  let total = 0;
  let magnitude = 0;
  let reported = false;
  for (let index = quarterIndex(year, 1); index <= quarterIndex(year, quarter); index++) {
    const value = values.get(index);
    if (value === undefined) continue;
    total += value;
    magnitude += Math.abs(value);
    reported = true;
  }
  return reported ? snapToZero(total, magnitude) : null;
}

/** A year's value by the KPI's aggregation (see `yearValueOf`). */
export function yearValue(
  aggregation: Aggregation,
  actuals: Actuals,
  year: number,
  frequency: Frequency = 'quarterly',
): number | null {
  return yearValueOf(indexActuals(actuals), aggregation, year, frequency);
}

/** Year-to-date of a `sum` KPI after the given quarter (`YYYY-Qn`); null when nothing is reported yet. */
export function yearToDate(actuals: Actuals, period: string): number | null {
  const parsed = parsePeriod(period);
  if (parsed === null || parsed.quarter === null) {
    throw new RangeError(`not a quarter period (YYYY-Qn): ${String(period)}`);
  }
  return yearToDateOf(indexActuals(actuals), parsed.year, parsed.quarter);
}

export const VALUE_ERROR_CODES = [
  'not_finite',
  'percent_out_of_range',
  'count_not_integer',
  'negative',
  'too_precise',
  'below_minimum',
  'above_maximum',
  'not_whole_number',
] as const;
export type ValueErrorCode = (typeof VALUE_ERROR_CODES)[number];

/** Significant digits a stored value keeps exactly (a double holds 15 for any decimal number). */
export const SIGNIFICANT_DIGITS = 15;

/** The number is stored exactly: it has at most 15 significant digits (else a double rounds it). */
export function keepsAllDigits(value: number): boolean {
  return Number(value.toPrecision(SIGNIFICANT_DIGITS)) === value;
}

/** A KPI's hard limits set by an administrator (entry rules): null where none is set. */
export interface ValueLimits {
  min: number | null;
  max: number | null;
  integer: boolean;
}

/**
 * Check a value against its KPI's unit and hard limits: a finite number always, of at most 15 significant
 * digits (`too_precise`: a longer number would be stored rounded, its digits silently lost); `percent`
 * within 0..100; `count` a non-negative integer (a negative count is `negative`); `days` and `currency`
 * not negative; `ratio` and `number` any finite number; then the limits (`below_minimum`, `above_maximum`,
 * `not_whole_number`). Returns a stable error code, or null when the value is acceptable.
 */
export function validateKpiValue(
  unit: KpiUnit,
  value: number,
  limits?: ValueLimits | null,
): ValueErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_finite';
  if (!keepsAllDigits(value)) return 'too_precise';
  const code = validateUnit(unit, value);
  if (code !== null || !limits) return code;
  if (limits.min !== null && value < limits.min) return 'below_minimum';
  if (limits.max !== null && value > limits.max) return 'above_maximum';
  if (limits.integer && !Number.isInteger(value)) return 'not_whole_number';
  return null;
}

function validateUnit(unit: KpiUnit, value: number): ValueErrorCode | null {
  switch (unit) {
    case 'percent':
      return value < 0 || value > 100 ? 'percent_out_of_range' : null;
    case 'count':
      if (value < 0) return 'negative';
      return Number.isInteger(value) ? null : 'count_not_integer';
    case 'days':
    case 'currency':
      return value < 0 ? 'negative' : null;
    default:
      return null;
  }
}

export const PERIOD_ERROR_CODES = [
  'period_invalid',
  'period_outside_plan',
  'period_not_complete',
  'period_not_reporting_quarter',
] as const;
export type PeriodErrorCode = (typeof PERIOD_ERROR_CODES)[number];

/**
 * Check the period a value is entered for: a quarter (`YYYY-Qn`, else `period_invalid`), inside the plan's
 * years (`period_outside_plan`), not after the last complete quarter at `now` (`period_not_complete`) and,
 * when the KPI's frequency is given as `annual`, the Q4 period (`period_not_reporting_quarter`).
 */
export function validateValuePeriod(
  plan: PlanYears,
  period: string,
  now: Date,
  frequency: Frequency = 'quarterly',
): PeriodErrorCode | null {
  const parsed = parsePeriod(period);
  if (parsed === null || parsed.quarter === null) return 'period_invalid';
  if (parsed.year < plan.startYear || parsed.year > plan.endYear) return 'period_outside_plan';
  if (quarterIndex(parsed.year, parsed.quarter) > lastCompleteQuarterIndex(now)) return 'period_not_complete';
  if (frequency === 'annual' && parsed.quarter !== 4) return 'period_not_reporting_quarter';
  return null;
}

/**
 * Check the period a draft is written for: as `validateValuePeriod`, except that the quarter in progress at
 * `now` is accepted too (planners may start it before it ends; it is submitted once it has ended). A
 * quarter after it is still `period_not_complete`.
 */
export function validateDraftPeriod(
  plan: PlanYears,
  period: string,
  now: Date,
  frequency: Frequency = 'quarterly',
): PeriodErrorCode | null {
  const code = validateValuePeriod(plan, period, now, frequency);
  if (code !== 'period_not_complete') return code;
  const parsed = parsePeriod(period);
  const current = lastCompleteQuarterIndex(now) + 1;
  if (parsed === null || parsed.quarter === null || quarterIndex(parsed.year, parsed.quarter) > current)
    return code;
  return frequency === 'annual' && parsed.quarter !== 4 ? 'period_not_reporting_quarter' : null;
}

/** The longest "no data" reason a value record keeps (the value PUT's limit). */
export const NO_DATA_REASON_MAX_LENGTH = 1000;

export type ValueEntryErrorCode = ValueErrorCode | 'no_data_reason_required' | 'text_too_long';

/**
 * One value record as it is written, by the value PUT, the entry grid and the import alike: a figure
 * (checked against the unit and the KPI's hard limits, see `validateKpiValue`; a reason beside it is
 * dropped), or no figure with a reason why (required, trimmed, at most 1000 characters). Returns the
 * fields to store, or the stable error code.
 */
export function checkValueEntry(
  unit: KpiUnit,
  value: number | null,
  noDataReason: string | null | undefined,
  limits?: ValueLimits | null,
):
  { ok: true; value: number | null; noDataReason: string | null } | { ok: false; code: ValueEntryErrorCode } {
  if (value === null) {
    const reason = noDataReason?.trim() ?? '';
    if (reason === '') return { ok: false, code: 'no_data_reason_required' };
    if (reason.length > NO_DATA_REASON_MAX_LENGTH) return { ok: false, code: 'text_too_long' };
    return { ok: true, value: null, noDataReason: reason };
  }
  const code = validateKpiValue(unit, value, limits);
  return code === null ? { ok: true, value, noDataReason: null } : { ok: false, code };
}

export type ValueStateLabel = 'empty' | 'draft' | 'submitted' | 'approved' | 'returned' | 'no_data';

/**
 * The state of a value record as the entry grid and the export name it: a draft the reviewer sent back
 * is `returned`, a draft without a figure is `no_data`, nothing stored is `empty`.
 */
export function valueStateLabel(
  value: {
    state: 'draft' | 'submitted' | 'approved';
    value: number | null;
    returnComment: string | null;
  } | null,
): ValueStateLabel {
  if (value === null) return 'empty';
  if (value.state === 'draft' && value.returnComment !== null) return 'returned';
  if (value.state === 'draft' && value.value === null) return 'no_data';
  return value.state;
}
