// The colour band of a roll-up score: the plan's status thresholds and nothing else, so a heatmap cell's
// colour and its status symbol cannot disagree. A cell with a status takes its status's band; a score alone
// is banded by `statusFromRatio` with the same thresholds the roll-up used.
import type { Status } from '../domain.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './model.ts';
import { statusFromRatio } from './rating.ts';

/** The bands a heatmap colours by: the rated statuses, and `none` where there is no score to judge. */
export const SCORE_BANDS = ['achieved', 'on_track', 'at_risk', 'off_track', 'none'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/**
 * The band of a score under the plan's thresholds; `status`, when it is rated, wins (a roll-up whose KPIs are
 * all achieved is `achieved` whatever its score). No score and no rated status is `none`.
 */
export function scoreBand(
  score: number | null,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  status?: Status,
): ScoreBand {
  if (status === 'achieved' || status === 'on_track' || status === 'at_risk' || status === 'off_track') {
    return status;
  }
  if (score === null || !Number.isFinite(score)) return 'none';
  return statusFromRatio(score, thresholds);
}
