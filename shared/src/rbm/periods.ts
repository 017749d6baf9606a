// Periods (`2025-Q3`, `2025`) and the calendar arithmetic on them. Everything is UTC.
//
// Internally a quarter is a "quarter index" `year * 4 + (quarter - 1)`, so that consecutive quarters are
// consecutive integers. Time in years is the decimal year: the end of quarter q of year y is `y + q / 4`
// (2025-Q4 ends at 2026.0, the first instant of 2026).

export type Quarter = 1 | 2 | 3 | 4;

/** A parsed period: a quarter (`quarter` 1..4) or a whole year (`quarter` null). */
export interface Period {
  year: number;
  quarter: Quarter | null;
}

/** The plan fields that periods depend on (a subset of `RbmPlan`). */
export interface PlanYears {
  startYear: number;
  endYear: number;
}

const DAY_MS = 86_400_000;
const CHAR_0 = 48;

function digitAt(text: string, position: number): number {
  const digit = text.charCodeAt(position) - CHAR_0;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/** The year in a period's first four characters, or -1 when they are not four digits. */
function leadingYear(text: string): number {
  let year = 0;
  for (let position = 0; position < 4; position++) {
    const digit = digitAt(text, position);
    if (digit < 0) return -1;
    year = year * 10 + digit;
  }
  return year;
}

/** `2025-Q3` -> `{ year: 2025, quarter: 3 }`, `2025` -> `{ year: 2025, quarter: null }`; anything else -> null. */
export function parsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  if (text.length === 4) {
    const year = leadingYear(text);
    return year < 0 ? null : { year, quarter: null };
  }
  const index = quarterIndexOf(text);
  return index === null ? null : periodOfIndex(index);
}

export function formatPeriod(period: Period): string {
  const year = String(period.year).padStart(4, '0');
  return period.quarter === null ? year : `${year}-Q${period.quarter}`;
}

export function isQuarterPeriod(text: string): boolean {
  const period = parsePeriod(text);
  return period !== null && period.quarter !== null;
}

export function isYearPeriod(text: string): boolean {
  const period = parsePeriod(text);
  return period !== null && period.quarter === null;
}

export function quarterIndex(year: number, quarter: Quarter): number {
  return year * 4 + quarter - 1;
}

export function periodOfIndex(index: number): Period {
  const year = Math.floor(index / 4);
  return { year, quarter: (index - year * 4 + 1) as Quarter };
}

export function formatQuarterIndex(index: number): string {
  const year = Math.floor(index / 4);
  return `${String(year).padStart(4, '0')}-Q${index - year * 4 + 1}`;
}

/** The quarter index of a `YYYY-Qn` string, or null when it is not a quarter (hot path: allocates nothing). */
export function quarterIndexOf(text: string): number | null {
  if (typeof text !== 'string' || text.length !== 7 || text[4] !== '-' || text[5] !== 'Q') return null;
  const year = leadingYear(text);
  const quarter = digitAt(text, 6);
  return year < 0 || quarter < 1 || quarter > 4 ? null : year * 4 + quarter - 1;
}

function requireQuarterIndex(text: string): number {
  const index = quarterIndexOf(text);
  if (index === null) throw new RangeError(`not a quarter period (YYYY-Qn): ${String(text)}`);
  return index;
}

/** `addQuarters('2025-Q3', 2)` -> `'2026-Q1'`; `n` may be negative. */
export function addQuarters(period: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`quarters to add must be an integer: ${n}`);
  return formatQuarterIndex(requireQuarterIndex(period) + n);
}

/** Negative, zero or positive as quarter `a` is before, equal to or after quarter `b`. */
export function compareQuarters(a: string, b: string): number {
  return requireQuarterIndex(a) - requireQuarterIndex(b);
}

/** Every quarter of the plan, in order: 2024-Q1 .. 2027-Q4 for a 2024-2027 plan. */
export function planQuarters(plan: PlanYears): string[] {
  const quarters: string[] = [];
  for (let index = plan.startYear * 4; index <= plan.endYear * 4 + 3; index++) {
    quarters.push(formatQuarterIndex(index));
  }
  return quarters;
}

export function planYears(plan: PlanYears): number[] {
  const years: number[] = [];
  for (let year = plan.startYear; year <= plan.endYear; year++) years.push(year);
  return years;
}

function requireDate(now: Date): number {
  const time = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new RangeError('now must be a valid Date');
  return time;
}

/** The quarter index of the last quarter that has ended at `now` (a quarter ends at the close of its last day). */
export function lastCompleteQuarterIndex(now: Date): number {
  const date = new Date(requireDate(now));
  return quarterIndex(date.getUTCFullYear(), 1) + Math.floor(date.getUTCMonth() / 3) - 1;
}

/** The last complete quarter at `now`: on 2025-07-10 (or from 2025-07-01T00:00Z) it is `2025-Q2`. */
export function lastCompleteQuarter(now: Date): string {
  return formatQuarterIndex(lastCompleteQuarterIndex(now));
}

function periodEndIndex(text: string): number {
  const period = parsePeriod(text);
  if (period === null) throw new RangeError(`not a period (YYYY or YYYY-Qn): ${String(text)}`);
  return quarterIndex(period.year, period.quarter ?? 4);
}

/** The last day of a quarter (of Q4 for a year), as that day's 00:00 UTC: `2025-Q3` -> 2025-09-30. */
export function quarterEndDate(period: string): Date {
  const next = periodEndIndex(period) + 1;
  const year = Math.floor(next / 4);
  return new Date(Date.UTC(year, (next - year * 4) * 3, 1) - DAY_MS);
}

/**
 * The day a quarter's values are due: `deadlineDays` after the quarter's last day (default 15), as that
 * day's 00:00 UTC: `2025-Q3` -> 2025-10-15. A value is on time when submitted on or before that UTC day.
 */
export function quarterDueDate(period: string, deadlineDays = 15): Date {
  if (!Number.isInteger(deadlineDays) || deadlineDays < 0) {
    throw new RangeError(`deadline days must be a non-negative integer: ${deadlineDays}`);
  }
  return new Date(quarterEndDate(period).getTime() + deadlineDays * DAY_MS);
}

/** The first day a quarter can be submitted: the day after its last day (00:00 UTC): `2026-Q4` -> 2027-01-01. */
export function quarterSubmittableFrom(period: string): Date {
  return new Date(quarterEndDate(period).getTime() + DAY_MS);
}

/**
 * Whole days `at` lies after the due day `dueDate` (as returned by `quarterDueDate`); 0 when on time.
 * Due on 15 October, submitted on 3 December: 49 days late.
 */
export function daysLate(dueDate: Date, at: Date): number {
  if (isOnTime(at, dueDate)) return 0;
  return Math.floor((at.getTime() - dueDate.getTime()) / DAY_MS);
}

/** True when `submittedAt` falls on or before the UTC day `dueDate` (as returned by `quarterDueDate`). */
export function isOnTime(submittedAt: Date, dueDate: Date): boolean {
  return submittedAt.getTime() < dueDate.getTime() + DAY_MS;
}
