// One KPI's part in the figures of a period: its assessment (whole and per region), the groups it belongs
// to, and its values due and submitted on time. Roll-ups (roll-ups.ts) add these parts up per group.
import {
  assessPrepared,
  isOnTime,
  lastCompleteQuarterIndex,
  parsePeriod,
  prepareKpi,
  compareQuarters,
  isValueDue,
  lastCompleteQuarter,
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

/** A quarter counted in a period's timeliness, and its due day. */
export interface Deadline {
  period: string;
  dueDate: Date;
}

/**
 * The quarters of a period counted in its timeliness at `now` (as the reporting calendar counts them):
 * complete, within the plan, and past their due day.
 */
export function deadlinesOf(plan: RbmPlan, period: string, now: Date): Deadline[] {
  const first = `${plan.startYear}-Q1`;
  const last = `${plan.endYear}-Q4`;
  const lastComplete = lastCompleteQuarter(now);
  return quartersOf(period)
    .filter(
      (q) =>
        compareQuarters(q, first) >= 0 &&
        compareQuarters(q, last) <= 0 &&
        compareQuarters(q, lastComplete) <= 0,
    )
    .map((q) => ({ period: q, dueDate: reportingDueDate(plan, q) }))
    .filter((d) => !isOnTime(now, d.dueDate));
}

/**
 * The KPI's values due / submitted on time in those quarters: what `reportingCalendar` counts for it (a
 * quarter's earliest submission counts; one never submitted is late), so that groups add KPIs up.
 */
export function reportingOf(kpi: MeasuredKpi, plan: RbmPlan, deadlines: readonly Deadline[]): Reporting {
  let due = 0;
  let onTime = 0;
  for (const { period, dueDate } of deadlines) {
    if (!isValueDue(kpi.rbm, plan, period, kpi.total.trajectory)) continue;
    due++;
    let earliest: Date | null = null;
    for (const s of kpi.submissions)
      if (s.period === period && s.submittedAt !== null && (earliest === null || s.submittedAt < earliest))
        earliest = s.submittedAt;
    if (earliest !== null && isOnTime(earliest, dueDate)) onTime++;
  }
  return { due, onTime };
}
