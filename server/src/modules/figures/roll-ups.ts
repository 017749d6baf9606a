// Roll-ups of a plan's KPIs for any grouping (goal, target, Sector, priority, outcome, region), with
// completeness and timeliness: the figures behind the dashboard, the comparisons and the annual report.
import { compareQuarters, reportingCalendar, rollUp } from '@rbm/shared/rbm';
import type { RollUpFigures } from '@rbm/shared/schemas';
import { periodFigures, rollUpsOf } from './figure-index.ts';

export { rollUpOfKpis } from './figure-index.ts';
import { quartersOf, type Grouping } from './kpi-figures.ts';
import type { MeasuredKpi, PlanMeasurement } from './measurement.ts';

export { assess, GROUPINGS, groupsOf, type Grouping } from './kpi-figures.ts';

/** Values submitted on time / values due, over the period's quarters whose deadline has passed. */
export function timelinessOf(
  kpis: readonly MeasuredKpi[],
  measurement: PlanMeasurement,
  period: string,
  now: Date,
) {
  if (kpis.length === 0) return null;
  const wanted = new Set(quartersOf(period));
  const summary = reportingCalendar(
    kpis.map((k) => k.rbm),
    measurement.rbmPlan,
    kpis.flatMap((k) => k.submissions.filter((s) => wanted.has(s.period))),
    now,
  );
  let due = 0;
  let onTime = 0;
  for (const quarter of summary.quarters) {
    if (!wanted.has(quarter.period) || !quarter.deadlinePassed) continue;
    due += quarter.valuesDue;
    onTime += quarter.submittedOnTime;
  }
  return due === 0 ? null : onTime / due;
}

/**
 * One roll-up per group that has KPIs. Regions stand on the KPIs disaggregated by region whose values can
 * be judged against the targets (shared/src/rbm/scope.ts); they have no timeliness, which is per KPI.
 * Kept per period and brought up to date by difference after writes (figure-index.ts); do not change it.
 */
export function rollUpGroups(
  measurement: PlanMeasurement,
  grouping: Grouping,
  period: string,
  now: Date,
): ReadonlyMap<number, RollUpFigures> {
  return rollUpsOf(periodFigures(measurement, period, now), grouping, measurement);
}

/** A group's roll-up, or the roll-up of nothing (not_due, zero KPIs) for a group without KPIs. */
export function rollUpOf(
  rollUps: ReadonlyMap<number, RollUpFigures>,
  groupId: number,
  measurement: PlanMeasurement,
): RollUpFigures {
  return rollUps.get(groupId) ?? { ...rollUp([], measurement.rbmPlan.thresholds), timeliness: null };
}

/** The whole plan as one group. */
export function rollUpPlan(measurement: PlanMeasurement, period: string, now: Date): RollUpFigures {
  return (
    rollUpsOf(periodFigures(measurement, period, now), 'plan', measurement).get(0) ?? {
      ...rollUp([], measurement.rbmPlan.thresholds),
      timeliness: null,
    }
  );
}

/**
 * The latest quarter up to `upTo` for which the measurement holds any reported value: with approved values
 * only, the latest quarter whose figures are published. Null when nothing is reported yet.
 */
export function latestReportedQuarter(measurement: PlanMeasurement, upTo: string): string | null {
  let latest: string | null = null;
  for (const kpi of measurement.kpis)
    for (const { period } of kpi.submissions)
      if (compareQuarters(period, upTo) <= 0 && (latest === null || compareQuarters(period, latest) > 0))
        latest = period;
  return latest;
}

/**
 * The latest quarter up to `upTo` for which every priority has its figures: each priority that reported any
 * quarterly value in this basis (for approved figures, had one approved) has one in that quarter. A quarter
 * where one priority is approved and the others are still under review would compare one unit's figures with
 * everyone else's "no data"; views open here instead. Null when no quarter is complete.
 */
export function completeQuarter(measurement: PlanMeasurement, upTo: string): string | null {
  const reported = new Map<number, Set<string>>();
  for (const kpi of measurement.kpis) {
    if (kpi.rbm.frequency !== 'quarterly') continue;
    const seen = reported.get(kpi.ownerPriorityId) ?? new Set<string>();
    for (const { period } of kpi.submissions) if (compareQuarters(period, upTo) <= 0) seen.add(period);
    if (seen.size > 0) reported.set(kpi.ownerPriorityId, seen);
  }
  const units = [...reported.values()];
  const [first, ...others] = units;
  if (first === undefined) return null;
  const shared = [...first].filter((q) => others.every((quarters) => quarters.has(q)));
  return shared.sort(compareQuarters).at(-1) ?? null;
}
