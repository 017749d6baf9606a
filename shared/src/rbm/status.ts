// Progress, ratio and status of one KPI in one period, and the whole series of a KPI over its plan.
//
// When a period is due (rbm-method.md leaves "due" to us):
// - a quarter is due once it is complete at `now` (it is at or before `lastCompleteQuarter(now)`), lies inside
//   the plan's years and the KPI is tracked in it (see trajectory.ts); an `annual` KPI is due in Q4 only;
// - a year (`YYYY`) is due once its Q4 is due: the year as a whole is judged when it is over;
// - anything else is `not_due`, and so is every period of a KPI without an annual target.
// A due period without an actual is `no_data`. A `not_due` assessment has no actual, progress or ratio but still
// shows the trajectory (`expected`, `expectedProgress`) for tracked periods of the plan, so charts can draw it ahead.
//
// The actual `a`: in a quarter, that quarter's value; for `sum`, the year-to-date total of the year's reported
// quarters up to it, but only when the quarter itself is reported (a missing quarter is `no_data`, not a zero).
// For a year, the year's value by the KPI's aggregation (values of quarters before the KPI was tracked count
// too: they are real). An `annual` KPI's value is the one reported in Q4; other quarters are ignored.
//
// `sum` KPIs: `b = 0` and `t = target[y]` as the method says, for `increase`. A `decrease` flow (incidents
// per year, lower is better) cannot use `b = 0` (any flow would be "progress"), so it uses the no-baseline
// rule `r = e / a` and is `achieved` only when its year is over within the target.
// `maintain` KPIs compare with the year's own target (for `sum`, pro rata: `target[y] * q / 4`); they have no
// progress or ratio and are never `achieved`.

import type { Status } from '../domain.ts';
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_TOLERANCE,
  type KpiAssessment,
  type RbmKpi,
  type RbmPlan,
  type Thresholds,
} from './model.ts';
import {
  formatQuarterIndex,
  lastCompleteQuarterIndex,
  parsePeriod,
  planYears,
  quarterIndex,
  quarterIndexOf,
  type Quarter,
} from './periods.ts';
import {
  expectedProgressOf,
  maintainStatus,
  performanceRatio,
  progressOf,
  progressStatus,
} from './rating.ts';
import { buildTrajectory, expectedAt, targetOfYear, usableBaseline, type Trajectory } from './trajectory.ts';
import { indexActuals, yearToDateOf, yearValueOf, type Actuals, type QuarterValues } from './values.ts';

/** A KPI with its actuals indexed and its trajectory built, ready to assess many periods quickly. */
export interface PreparedKpi {
  readonly kpi: RbmKpi;
  readonly plan: RbmPlan;
  readonly thresholds: Thresholds;
  readonly tolerance: number;
  readonly values: QuarterValues;
  readonly trajectory: Trajectory | null;
  readonly baseline: number | null;
  /** `t` of `last` / `mean` KPIs: the target of the plan's last year (0 without a trajectory). */
  readonly endTarget: number;
}

export function prepareKpi(kpi: RbmKpi, plan: RbmPlan, actuals: Actuals): PreparedKpi {
  const tolerance = kpi.tolerance;
  const trajectory = buildTrajectory(kpi, plan);
  return {
    kpi,
    plan,
    thresholds: plan.thresholds ?? DEFAULT_THRESHOLDS,
    tolerance:
      tolerance !== undefined && Number.isFinite(tolerance) && tolerance >= 0 ? tolerance : DEFAULT_TOLERANCE,
    values: indexActuals(actuals),
    trajectory,
    baseline: usableBaseline(kpi)?.value ?? null,
    endTarget: trajectory === null ? 0 : targetOfYear(trajectory, plan.endYear),
  };
}

/**
 * The same KPI prepared with other actuals (a region's): what `prepareKpi(prepared.kpi, prepared.plan, actuals)`
 * gives, without building its trajectory again.
 */
export function withActuals(prepared: PreparedKpi, actuals: Actuals): PreparedKpi {
  return withValues(prepared, indexActuals(actuals));
}

/**
 * The same KPI prepared with other values already indexed by quarter (as `indexActuals` indexes them): for a
 * reader that has them by quarter index, so that no value is indexed twice.
 */
export function withValues(prepared: PreparedKpi, values: QuarterValues): PreparedKpi {
  return { ...prepared, values };
}

/** Finite numbers pass (with -0 as 0); NaN and Infinity become null. */
function finiteOrNull(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

// Positional on purpose: this runs for every KPI in every period, and object spreads showed up in profiles.
function assessment(
  period: string,
  status: Status,
  actual: number | null = null,
  expected: number | null = null,
  expectedProgress: number | null = null,
  progress: number | null = null,
  ratio: number | null = null,
): KpiAssessment {
  return {
    period,
    actual: finiteOrNull(actual),
    expected: finiteOrNull(expected),
    progress: finiteOrNull(progress),
    expectedProgress: finiteOrNull(expectedProgress),
    ratio: finiteOrNull(ratio),
    status,
    due: status !== 'not_due',
  };
}

/** The actual `a` of a due period (see the file comment); null when it was not reported. */
function actualAt(prepared: PreparedKpi, year: number, quarter: Quarter, wholeYear: boolean): number | null {
  const { kpi, values } = prepared;
  if (wholeYear) return yearValueOf(values, kpi.aggregation, year, kpi.frequency);
  const value = values.get(quarterIndex(year, quarter));
  if (value === undefined) return null;
  return kpi.aggregation === 'sum' && kpi.frequency === 'quarterly'
    ? yearToDateOf(values, year, quarter)
    : value;
}

/** Assess a period ending with quarter `quarter` of `year`; `wholeYear` for the `YYYY` period. */
function assessAt(
  prepared: PreparedKpi,
  year: number,
  quarter: Quarter,
  wholeYear: boolean,
  lastComplete: number,
  label?: string,
): KpiAssessment {
  const { kpi, plan, trajectory } = prepared;
  const index = quarterIndex(year, quarter);
  const period = label ?? (wholeYear ? String(year) : formatQuarterIndex(index));
  if (trajectory === null || year < plan.startYear || year > plan.endYear || index < trajectory.startIndex) {
    return assessment(period, 'not_due');
  }

  const isSum = kpi.aggregation === 'sum';
  const yearTarget = targetOfYear(trajectory, year);
  const expected = isSum
    ? (yearTarget * quarter) / 4
    : expectedAt(trajectory, kpi.aggregation, year, quarter);
  const target = isSum ? yearTarget : prepared.endTarget;
  let baseline = prepared.baseline;
  if (isSum) baseline = kpi.direction === 'increase' ? 0 : null;
  const expectedProgress =
    kpi.direction === 'maintain' ? null : expectedProgressOf(expected, baseline, target);

  if (index > lastComplete || (kpi.frequency === 'annual' && quarter !== 4)) {
    return assessment(period, 'not_due', null, expected, expectedProgress);
  }
  const actual = actualAt(prepared, year, quarter, wholeYear);
  if (actual === null) return assessment(period, 'no_data', null, expected, expectedProgress);

  if (kpi.direction === 'maintain') {
    const status = maintainStatus(actual, isSum ? expected : yearTarget, prepared.tolerance);
    return assessment(period, status, actual, expected);
  }
  // rateProgress, unrolled: no intermediate objects on this hot path.
  const { direction } = kpi;
  const ratio = performanceRatio(direction, actual, expected, baseline, target);
  const canAchieve = direction === 'increase' || !isSum || quarter === 4;
  const status = progressStatus(direction, actual, target, ratio, canAchieve, prepared.thresholds);
  return assessment(
    period,
    status,
    actual,
    expected,
    expectedProgress,
    progressOf(actual, baseline, target),
    ratio,
  );
}

/** Assess a prepared KPI in a period (`YYYY-Qn` or `YYYY`) with `lastComplete` the last complete quarter's index. */
export function assessPrepared(prepared: PreparedKpi, period: string, lastComplete: number): KpiAssessment {
  // A valid period string is canonical, so it is also the label.
  const index = quarterIndexOf(period);
  if (index !== null) {
    const year = Math.floor(index / 4);
    return assessAt(prepared, year, (index - year * 4 + 1) as Quarter, false, lastComplete, period);
  }
  const parsed = parsePeriod(period);
  if (parsed === null) throw new RangeError(`not a period (YYYY or YYYY-Qn): ${String(period)}`);
  return assessAt(prepared, parsed.year, 4, true, lastComplete, period);
}

/** One KPI in one period (`YYYY-Qn` or `YYYY`), as seen at `now`. */
export function assessKpi(
  kpi: RbmKpi,
  plan: RbmPlan,
  actuals: Actuals,
  period: string,
  now: Date,
): KpiAssessment {
  return assessPrepared(prepareKpi(kpi, plan, actuals), period, lastCompleteQuarterIndex(now));
}

export interface KpiSeries {
  quarters: KpiAssessment[];
  years: KpiAssessment[];
}

/** A KPI in every quarter and every year of the plan, as seen at `now`. */
export function kpiSeries(kpi: RbmKpi, plan: RbmPlan, actuals: Actuals, now: Date): KpiSeries {
  const prepared = prepareKpi(kpi, plan, actuals);
  const lastComplete = lastCompleteQuarterIndex(now);
  const quarters: KpiAssessment[] = [];
  const years: KpiAssessment[] = [];
  for (const year of planYears(plan)) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      quarters.push(assessAt(prepared, year, quarter as Quarter, false, lastComplete));
    }
    years.push(assessAt(prepared, year, 4, true, lastComplete));
  }
  return { quarters, years };
}
