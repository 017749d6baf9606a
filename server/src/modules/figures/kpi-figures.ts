// One KPI's part in the figures of a period: its assessment (whole and per region), the groups it belongs
// to, and its values due and submitted on time. Roll-ups (roll-ups.ts) add these parts up per group.
import {
  assessPrepared,
  isOnTime,
  lastCompleteQuarterIndex,
  parsePeriod,
  prepareKpi,
  reportingCalendar,
  reportingDueDate,
  type KpiAssessment,
  type RbmPlan,
  type RollUpItem,
} from '@rbm/shared/rbm';
import type { MeasuredKpi } from './measurement.ts';

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

/** Whether the KPI counts in the regions' roll-ups (disaggregated, and judged against its targets). */
export function countsInRegions(kpi: MeasuredKpi): boolean {
  return kpi.byRegion && kpi.regionallyComparable;
}

export interface Item extends RollUpItem {
  kpi: MeasuredKpi;
  regionId: number | null;
}

export function item(kpi: MeasuredKpi, assessment: KpiAssessment, regionId: number | null): Item {
  return { kpiId: kpi.id, weight: kpi.rbm.weight, direction: kpi.rbm.direction, assessment, kpi, regionId };
}

/** Quarters whose values make up a period's timeliness: the quarter itself, or the four quarters of a year. */
export function quartersOf(period: string): string[] {
  const parsed = parsePeriod(period);
  if (!parsed) return [];
  return parsed.quarter === null ? [1, 2, 3, 4].map((q) => `${parsed.year}-Q${q}`) : [period];
}

/**
 * What the figures of a period depend on in `now`: the last complete quarter, and which of the period's
 * quarters are past their reporting deadline. Two moments with the same key give the same figures.
 */
export function momentKey(plan: RbmPlan, period: string, now: Date): string {
  const passed = quartersOf(period).map((q) => (isOnTime(now, reportingDueDate(plan, q)) ? 0 : 1));
  return `${period}|${lastCompleteQuarterIndex(now)}|${passed.join('')}`;
}

/** Timeliness counts: values due in the period's quarters whose deadline has passed, and those on time. */
export interface Reporting {
  due: number;
  onTime: number;
}

/** The KPI's values due / submitted on time over the period's quarters whose deadline has passed. */
export function reportingOf(
  kpi: MeasuredKpi,
  plan: RbmPlan,
  wanted: ReadonlySet<string>,
  now: Date,
): Reporting {
  const summary = reportingCalendar(
    [kpi.rbm],
    plan,
    kpi.submissions.filter((s) => wanted.has(s.period)),
    now,
  );
  let due = 0;
  let onTime = 0;
  for (const quarter of summary.quarters) {
    if (!wanted.has(quarter.period) || !quarter.deadlinePassed) continue;
    due += quarter.valuesDue;
    onTime += quarter.submittedOnTime;
  }
  return { due, onTime };
}
