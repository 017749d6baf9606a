// Roll-ups of a plan's KPIs for any grouping (goal, target, Sector, priority, outcome, region), with
// completeness and timeliness: the figures behind the dashboard, the comparisons and the annual report.
import {
  assessPrepared,
  compareQuarters,
  lastCompleteQuarterIndex,
  parsePeriod,
  prepareKpi,
  reportingCalendar,
  rollUp,
  rollUpBy,
  type KpiAssessment,
  type RollUpItem,
} from '@rbm/shared/rbm';
import type { RollUpFigures } from '@rbm/shared/schemas';
import type { MeasuredKpi, PlanMeasurement } from './measurement.ts';

/** The KPI's assessment for the whole KPI (regionId null) or one of its regions. */
export function assess(
  kpi: MeasuredKpi,
  period: string,
  now: Date,
  regionId: number | null = null,
): KpiAssessment {
  const prepared = regionId === null ? kpi.total : kpi.regional.get(regionId);
  const lastComplete = lastCompleteQuarterIndex(now);
  if (!prepared) return assessPrepared(prepareKpi(kpi.rbm, kpi.total.plan, []), period, lastComplete);
  return assessPrepared(prepared, period, lastComplete);
}

export const GROUPINGS = ['goal', 'target', 'sector', 'priority', 'outcome', 'region'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The groups a KPI belongs to; a KPI linked to two priorities belongs to both (and counts once in each). */
export function groupsOf(kpi: MeasuredKpi, grouping: Exclude<Grouping, 'region'>): number[] {
  switch (grouping) {
    case 'goal':
      return kpi.goalIds;
    case 'target':
      return kpi.targetIds;
    case 'sector':
      return kpi.sectorIds;
    case 'priority':
      return kpi.priorityIds;
    case 'outcome':
      return kpi.outcomeIds;
  }
}

interface Item extends RollUpItem {
  kpi: MeasuredKpi;
  regionId: number | null;
}

function item(kpi: MeasuredKpi, assessment: KpiAssessment, regionId: number | null): Item {
  return { kpiId: kpi.id, weight: kpi.rbm.weight, direction: kpi.rbm.direction, assessment, kpi, regionId };
}

/** Quarters whose values make up a period's timeliness: the quarter itself, or the four quarters of a year. */
function quartersOf(period: string): string[] {
  const parsed = parsePeriod(period);
  if (!parsed) return [];
  return parsed.quarter === null ? [1, 2, 3, 4].map((q) => `${parsed.year}-Q${q}`) : [period];
}

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
 */
export function rollUpGroups(
  measurement: PlanMeasurement,
  grouping: Grouping,
  period: string,
  now: Date,
): Map<number, RollUpFigures> {
  const thresholds = measurement.rbmPlan.thresholds;
  const items: Item[] =
    grouping === 'region'
      ? measurement.kpis
          .filter((k) => k.byRegion && k.regionallyComparable)
          .flatMap((k) => measurement.regions.map((r) => item(k, assess(k, period, now, r.id), r.id)))
      : measurement.kpis.map((k) => item(k, assess(k, period, now), null));
  const groupOf = (i: RollUpItem): number[] => {
    const { kpi, regionId } = i as Item;
    return grouping === 'region' ? [regionId as number] : groupsOf(kpi, grouping);
  };
  const rollUps = rollUpBy(items, groupOf, thresholds);
  const result = new Map<number, RollUpFigures>();
  for (const [groupId, rollUp] of rollUps) {
    const kpis =
      grouping === 'region' ? [] : measurement.kpis.filter((k) => groupsOf(k, grouping).includes(groupId));
    result.set(groupId, {
      ...rollUp,
      timeliness: grouping === 'region' ? null : timelinessOf(kpis, measurement, period, now),
    });
  }
  return result;
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
  const items = measurement.kpis.map((k) => item(k, assess(k, period, now), null));
  return {
    ...rollUp(items, measurement.rbmPlan.thresholds),
    timeliness: timelinessOf(measurement.kpis, measurement, period, now),
  };
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
