// Roll-ups (rbm-method.md, "Roll-ups"): one score and status for any group of KPIs - an outcome, a thematic
// priority, a Sector, a region, a goal.
//
// Choices where the method is silent:
// - items are KPIs, identified by `kpiId`: a KPI that reaches the group through several links counts once
//   (the first item with that id is used);
// - a KPI's score is `min(r, 1)`, 1 when `achieved`, and 1 / 0.75 / 0.3 for on track / at risk / off track
//   when it has no ratio (`maintain` KPIs, and a `decrease` KPI without baseline at 0); the score is not
//   clamped below 0, as the method writes it;
// - a weight that is missing, negative or not finite is 1; when every rated weight is 0 the mean is unweighted;
// - the status is `achieved` when every rated KPI is achieved, otherwise the thresholds applied to the score;
//   with no rated KPI it is `no_data` when something was due and `not_due` when nothing was;
// - `completeness` counts KPIs that were due and have an actual; null when nothing was due.

import type { Direction, Status } from '../domain.ts';
import { DEFAULT_THRESHOLDS, type KpiAssessment, type Thresholds } from './model.ts';
import { isRated, statusFromRatio } from './rating.ts';

export interface RollUpItem {
  kpiId: string | number;
  weight?: number;
  direction: Direction;
  assessment: Pick<KpiAssessment, 'status' | 'ratio' | 'actual' | 'due'>;
}

export interface RollUp {
  /** Weighted mean of the rated KPIs' scores; null when no KPI is rated. */
  score: number | null;
  status: Status;
  counts: Record<Status, number>;
  /** KPIs with an actual / KPIs due; null when none is due. */
  completeness: number | null;
  /** Distinct KPIs the roll-up stands on. */
  kpiCount: number;
  ratedCount: number;
  dueCount: number;
  reportedCount: number;
}

/** What `maintain` KPIs (and rated KPIs without a ratio) count in a score. */
export const STATUS_SCORES: Readonly<Record<'on_track' | 'at_risk' | 'off_track', number>> = Object.freeze({
  on_track: 1,
  at_risk: 0.75,
  off_track: 0.3,
});

/** One KPI's contribution to a roll-up score; null when its status is not rated. */
export function kpiScore(
  direction: Direction,
  assessment: Pick<KpiAssessment, 'status' | 'ratio'>,
): number | null {
  const { status, ratio } = assessment;
  if (!isRated(status)) return null;
  if (status === 'achieved') return 1;
  if (direction === 'maintain' || ratio === null || !Number.isFinite(ratio)) return STATUS_SCORES[status];
  return ratio === 0 ? 0 : Math.min(ratio, 1);
}

function usableWeight(weight: number | undefined): number {
  return weight !== undefined && Number.isFinite(weight) && weight >= 0 ? weight : 1;
}

/** Roll up a group of KPIs' assessments (of the same period) into one score and status. */
export function rollUp(
  items: ReadonlyArray<RollUpItem>,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): RollUp {
  const seen = new Set<string | number>();
  const counts: Record<Status, number> = {
    achieved: 0,
    on_track: 0,
    at_risk: 0,
    off_track: 0,
    no_data: 0,
    not_due: 0,
  };
  let dueCount = 0;
  let reportedCount = 0;
  let ratedCount = 0;
  let allAchieved = true;
  // Weighted sums with weights measured against the largest weight so far, and every term divided by the
  // number of items, so that neither sum can overflow; plain sums for when every weight is 0.
  const terms = Math.max(items.length, 1);
  let largest = 0;
  let weightSum = 0;
  let weightedScores = 0;
  let plainScores = 0;
  for (const item of items) {
    if (seen.has(item.kpiId)) continue;
    seen.add(item.kpiId);
    const { assessment } = item;
    counts[assessment.status]++;
    if (assessment.due) {
      dueCount++;
      if (assessment.actual !== null) reportedCount++;
    }
    const score = kpiScore(item.direction, assessment);
    if (score === null) continue;
    ratedCount++;
    plainScores += score / terms;
    if (assessment.status !== 'achieved') allAchieved = false;
    const weight = usableWeight(item.weight);
    if (weight > largest) {
      const rescale = largest / weight;
      weightSum *= rescale;
      weightedScores *= rescale;
      largest = weight;
    }
    if (weight > 0) {
      const share = weight / largest;
      weightSum += share / terms;
      weightedScores += (share * score) / terms;
    }
  }

  const completeness = dueCount === 0 ? null : reportedCount / dueCount;
  const base = { counts, completeness, kpiCount: seen.size, ratedCount, dueCount, reportedCount };
  if (ratedCount === 0) return { score: null, status: dueCount === 0 ? 'not_due' : 'no_data', ...base };
  const score = weightSum > 0 ? weightedScores / weightSum : (plainScores / ratedCount) * terms;
  const status: Status = allAchieved ? 'achieved' : statusFromRatio(score, thresholds);
  return { score, status, ...base };
}

/**
 * Roll up by any grouping: `groupsOf` names the groups an item belongs to (a KPI linked to two priorities
 * belongs to both). Returns one roll-up per group, in the order groups are first met.
 */
export function rollUpBy<Group>(
  items: ReadonlyArray<RollUpItem>,
  groupsOf: (item: RollUpItem) => Iterable<Group>,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Map<Group, RollUp> {
  const members = new Map<Group, RollUpItem[]>();
  for (const item of items) {
    for (const group of groupsOf(item)) {
      const list = members.get(group);
      if (list === undefined) members.set(group, [item]);
      else list.push(item);
    }
  }
  const result = new Map<Group, RollUp>();
  for (const [group, list] of members) result.set(group, rollUp(list, thresholds));
  return result;
}
