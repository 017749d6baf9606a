// Shaping for the retreat comparison: heatmap colour bands, rankings by a chosen figure, drill-down links.
import type { CompareGroup } from '@rbm/shared/schemas';

export const SCORE_BANDS = ['none', 'low', 'mid', 'good', 'high'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/** The colour band of a score: below 50 %, 50-75 %, 75-90 %, 90 % and over; none without a score. */
export function scoreBand(score: number | null): ScoreBand {
  if (score === null || !Number.isFinite(score)) return 'none';
  if (score < 0.5) return 'low';
  if (score < 0.75) return 'mid';
  if (score < 0.9) return 'good';
  return 'high';
}

export const RANKING_FIGURES = ['score', 'completeness', 'timeliness'] as const;
export type RankingFigure = (typeof RANKING_FIGURES)[number];

export interface RankedBar {
  code: string;
  group: CompareGroup;
  value: number | null;
  rank: number;
}

/** Groups by the chosen figure, highest first; equal values share a rank; groups without one come last. */
export function rankBy(groups: readonly CompareGroup[], figure: RankingFigure): RankedBar[] {
  const withValue = groups.map((group, index) => ({ group, index, value: group.rollUp[figure] }));
  const valued = withValue.filter((g): g is typeof g & { value: number } => g.value !== null);
  return [...withValue]
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity) || a.index - b.index)
    .map(({ group, value }) => ({
      code: group.code,
      group,
      value,
      rank: value === null ? valued.length + 1 : 1 + valued.filter((o) => o.value > value).length,
    }));
}

/** Where a click on a comparison figure leads: the explorer, filtered to that group and period. */
export function explorerHref(
  plan: string,
  target: { sector?: string | null; open?: string | null; region?: string | null; period?: string | null },
): string {
  const params = new URLSearchParams();
  if (target.sector || target.open) params.set('view', 'sector');
  for (const key of ['period', 'sector', 'region', 'open'] as const) {
    const value = target[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `/plans/${encodeURIComponent(plan)}/explorer${query ? `?${query}` : ''}`;
}
