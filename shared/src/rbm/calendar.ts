// The reporting calendar (rbm-method.md, "Reporting calendar"): when a quarter's values are due, and how
// timely and complete the reporting was.
//
// - A KPI owes a value for a quarter when it is tracked in that quarter (trajectory.ts) and, if `annual`,
//   the quarter is Q4; only complete quarters of the plan (at or before `lastCompleteQuarter(now)`) are counted.
// - completeness = KPIs with a value for the quarter / KPIs owing one (any value counts, whatever its state:
//   pass only approved values for published figures);
// - timeliness = values submitted on or before the due day / values due, counted only for quarters whose due
//   day is over (before that the figure would still move: it is null). A value never submitted is late.
// The totals add the quarters up (value-weighted), each figure over its own set of quarters.

import type { RbmKpi, RbmPlan } from './model.ts';
import { DEFAULT_REPORTING_DEADLINE_DAYS } from './model.ts';
import {
  formatQuarterIndex,
  isOnTime,
  lastCompleteQuarterIndex,
  quarterDueDate,
  quarterIndex,
  quarterIndexOf,
} from './periods.ts';
import { buildTrajectory, isTrackedQuarter, type Trajectory } from './trajectory.ts';

export interface ReportedValue {
  kpiId: string | number;
  /** `YYYY-Qn` */
  period: string;
  /** When the value was first submitted; null while it is a draft. */
  submittedAt: Date | null;
}

export interface QuarterReporting {
  period: string;
  dueDate: Date;
  deadlinePassed: boolean;
  valuesDue: number;
  reported: number;
  submittedOnTime: number;
  completeness: number | null;
  timeliness: number | null;
}

export interface ReportingSummary {
  quarters: QuarterReporting[];
  valuesDue: number;
  reported: number;
  /** Values due in quarters whose due day is over: the denominator of `timeliness`. */
  valuesPastDeadline: number;
  submittedOnTime: number;
  completeness: number | null;
  timeliness: number | null;
}

/** The due day of a quarter's values under the plan's deadline (default 15 days after the quarter ends). */
export function reportingDueDate(plan: RbmPlan, period: string): Date {
  return quarterDueDate(period, plan.reportingDeadlineDays ?? DEFAULT_REPORTING_DEADLINE_DAYS);
}

function owesValue(kpi: RbmKpi, trajectory: Trajectory | null, plan: RbmPlan, index: number): boolean {
  if (trajectory === null || !isTrackedQuarter(trajectory, plan, index)) return false;
  return kpi.frequency === 'quarterly' || index % 4 === 3;
}

/**
 * Whether the KPI owes a value for the quarter (`YYYY-Qn`), whatever the date. `trajectory` is the KPI's in
 * the plan when the caller has it already (a prepared KPI's), so that it is not built again.
 */
export function isValueDue(
  kpi: RbmKpi,
  plan: RbmPlan,
  period: string,
  trajectory: Trajectory | null = buildTrajectory(kpi, plan),
): boolean {
  const index = quarterIndexOf(period);
  return index !== null && owesValue(kpi, trajectory, plan, index);
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Submission state per KPI and quarter: the earliest submission time, or null when only drafts exist. */
function indexSubmissions(
  values: ReadonlyArray<ReportedValue>,
): Map<string | number, Map<number, Date | null>> {
  const byKpi = new Map<string | number, Map<number, Date | null>>();
  for (const value of values) {
    const index = quarterIndexOf(value.period);
    if (index === null) continue;
    let byQuarter = byKpi.get(value.kpiId);
    if (byQuarter === undefined) {
      byQuarter = new Map();
      byKpi.set(value.kpiId, byQuarter);
    }
    const known = byQuarter.get(index) ?? null;
    const submitted = value.submittedAt;
    const earliest = known === null || (submitted !== null && submitted < known) ? submitted : known;
    byQuarter.set(index, earliest);
  }
  return byKpi;
}

/** Completeness and timeliness of every complete quarter of the plan at `now`, and in total. */
export function reportingCalendar(
  kpis: ReadonlyArray<RbmKpi>,
  plan: RbmPlan,
  values: ReadonlyArray<ReportedValue>,
  now: Date,
): ReportingSummary {
  const submissions = indexSubmissions(values);
  const trajectories = kpis.map((kpi) => buildTrajectory(kpi, plan));
  const last = Math.min(lastCompleteQuarterIndex(now), quarterIndex(plan.endYear, 4));
  const quarters: QuarterReporting[] = [];
  const total = { valuesDue: 0, reported: 0, submittedOnTime: 0, valuesPastDeadline: 0 };
  for (let index = quarterIndex(plan.startYear, 1); index <= last; index++) {
    const period = formatQuarterIndex(index);
    const dueDate = reportingDueDate(plan, period);
    const deadlinePassed = !isOnTime(now, dueDate);
    let valuesDue = 0;
    let reported = 0;
    let submittedOnTime = 0;
    kpis.forEach((kpi, position) => {
      if (!owesValue(kpi, trajectories[position] as Trajectory | null, plan, index)) return;
      valuesDue++;
      const byQuarter = submissions.get(kpi.id);
      if (byQuarter === undefined || !byQuarter.has(index)) return;
      reported++;
      const submittedAt = byQuarter.get(index) as Date | null;
      if (submittedAt !== null && isOnTime(submittedAt, dueDate)) submittedOnTime++;
    });
    total.valuesDue += valuesDue;
    total.reported += reported;
    if (deadlinePassed) {
      total.submittedOnTime += submittedOnTime;
      total.valuesPastDeadline += valuesDue;
    }
    quarters.push({
      period,
      dueDate,
      deadlinePassed,
      valuesDue,
      reported,
      submittedOnTime,
      completeness: share(reported, valuesDue),
      timeliness: deadlinePassed ? share(submittedOnTime, valuesDue) : null,
    });
  }
  return {
    quarters,
    valuesDue: total.valuesDue,
    reported: total.reported,
    valuesPastDeadline: total.valuesPastDeadline,
    submittedOnTime: total.submittedOnTime,
    completeness: share(total.reported, total.valuesDue),
    timeliness: share(total.submittedOnTime, total.valuesPastDeadline),
  };
}
