// The rules of one value write, the same for the value PUT and the spreadsheet import: the period, the
// region, the value itself (the shared rule, with the KPI's hard limits from the entry rules) and the
// locks of a submitted or approved quarter. Each rule answers a problem (code, field, message) or null;
// the PUT raises it, the import lists it against its row.
import { checkValueEntry, validateDraftPeriod, type ValueLimits } from '@rbm/shared/rbm';
import { FREQUENCIES, KPI_UNITS } from '@rbm/shared';
import type { AppError } from '../../errors.ts';
import { locked, unprocessable } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';

/** A broken rule: 422 for the value's own rules, 423 for a locked quarter. */
export interface ValueProblem {
  status: 422 | 423;
  code: string;
  /** The whole problem, as the PUT's answer states it. */
  message: string;
  /** Where it is, and what to do there: a field error of the PUT, an invalid row of the import. */
  field: string | null;
  fieldMessage: string;
}

const PERIOD_MESSAGES: Record<string, string> = {
  period_invalid: 'is not a quarter such as 2025-Q3',
  period_outside_plan: "is outside the plan's years",
  period_not_complete: 'has not begun: values can be drafted from the quarter in progress back',
  period_not_reporting_quarter: 'is not reported: this annual KPI reports in Q4 only',
};

const VALUE_MESSAGES: Record<string, string> = {
  not_finite: 'must be a finite number',
  percent_out_of_range: 'must be a percentage from 0 to 100',
  count_not_integer: 'must be a whole number of 0 or more',
  negative: 'must not be negative',
  too_precise: 'has more than 15 significant digits: it would be stored rounded and lose digits',
  not_whole_number: 'must be a whole number',
};

const invalid = (code: string, field: string, message: string, fieldMessage = message): ValueProblem => ({
  status: 422,
  code,
  message,
  field,
  fieldMessage,
});

/** The period must be a quarter of the plan, begun, and one the KPI reports in. */
export function periodProblem(
  plan: Parameters<typeof validateDraftPeriod>[0],
  period: string,
  frequency: string,
  now: Date,
): ValueProblem | null {
  const code = validateDraftPeriod(plan, period, now, asEnum(FREQUENCIES, frequency, 'kpi.frequency'));
  if (!code) return null;
  const why = PERIOD_MESSAGES[code] ?? 'is not accepted';
  return invalid(code, 'params.period', `Period ${period} ${why}`, `${period} ${why}`);
}

/** A region's value only for a KPI reported by region. */
export function regionProblem(kpi: { byRegion: boolean; code: string }, regionId: number | null) {
  if (regionId === null || kpi.byRegion) return null;
  return invalid('region_not_allowed', 'body.region', `KPI ${kpi.code} is not reported by region`);
}

function limitMessage(code: string, limits: ValueLimits | null | undefined): string | null {
  if (code === 'below_minimum') return `must be at least ${limits?.min}`;
  if (code === 'above_maximum') return `must be at most ${limits?.max}`;
  return null;
}

/** A figure of the KPI's unit within its limits, or no figure and a reason; the entry as it is stored. */
export function entryProblem(
  unit: string,
  entry: { value: number | null; noDataReason?: string | null | undefined },
  limits: ValueLimits | null | undefined,
): { ok: true; value: number | null; noDataReason: string | null } | { ok: false; problem: ValueProblem } {
  const kpiUnit = asEnum(KPI_UNITS, unit, 'kpi.unit');
  const checked = checkValueEntry(kpiUnit, entry.value, entry.noDataReason, limits ?? null);
  if (checked.ok) return checked;
  const { code } = checked;
  if (code === 'no_data_reason_required' || code === 'text_too_long') {
    const fieldMessage = code === 'text_too_long' ? 'The reason is too long' : 'Say why there is no value';
    const message = 'A value, or a reason why there is no data, is required';
    return { ok: false, problem: invalid(code, 'body.noDataReason', message, fieldMessage) };
  }
  const message = `The value ${limitMessage(code, limits) ?? VALUE_MESSAGES[code] ?? 'is not accepted'}`;
  return { ok: false, problem: invalid(code, 'body.value', message) };
}

const lock = (code: string, message: string): ValueProblem => ({
  status: 423,
  code,
  message,
  field: null,
  fieldMessage: message,
});

/** Values of an approved quarter are locked; a submitted quarter waits for its review. */
export function lockProblem(
  period: string,
  stored: { state: string } | null | undefined,
  reviewStatus: string | null,
): ValueProblem | null {
  if (stored?.state === 'approved')
    return lock('value_locked', `The value of ${period} is approved and locked`);
  if (reviewStatus === 'approved')
    return lock('quarter_approved', `Quarter ${period} is approved and locked`);
  if (reviewStatus === 'submitted' || stored?.state === 'submitted') {
    return lock(
      'quarter_submitted',
      `Quarter ${period} is submitted for review; it can be changed once returned`,
    );
  }
  return null;
}

/** The error the PUT answers with. */
export function problemError(problem: ValueProblem): AppError {
  if (problem.status === 423) return locked(problem.code, problem.message);
  const { code, field, fieldMessage } = problem;
  return unprocessable(code, problem.message, field ? [{ field, code, message: fieldMessage }] : []);
}

/** Raises the first problem found, if any. */
export function requireNoProblem(...problems: Array<ValueProblem | null>): void {
  const problem = problems.find((p) => p !== null);
  if (problem) throw problemError(problem);
}
