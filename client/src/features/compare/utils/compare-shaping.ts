// Shaping for the retreat comparison: rankings by a chosen figure, the view kept in the address, drill-down
// links. The heatmap's colours are the plan's statuses (shared `scoreBand`).
import { competitionRanks, MIN_KPIS_TO_RANK } from '@rbm/shared/rbm';
import type { CompareGroup, Comparison } from '@rbm/shared/schemas';

export const RANKING_FIGURES = ['score', 'completeness', 'timeliness'] as const;
export type RankingFigure = (typeof RANKING_FIGURES)[number];

export interface RankedBar {
  code: string;
  group: CompareGroup;
  value: number | null;
  /** KPIs the figure stands on: rated KPIs for a score, due KPIs for completeness and timeliness. */
  kpiCount: number;
  /** Null for a group listed apart: no value, or fewer KPIs than the minimum. */
  rank: number | null;
}

export interface Ranking {
  ranked: RankedBar[];
  unranked: RankedBar[];
}

const kpisBehind = (group: CompareGroup, figure: RankingFigure) =>
  figure === 'score' ? group.rollUp.ratedCount : group.rollUp.dueCount;

/**
 * Groups by the chosen figure, best first, with standard competition ranks on the value as shown (shared
 * `competitionRanks`); groups without a value or with fewer KPIs than `minKpis` are listed apart, unranked.
 */
export function rankBy(
  groups: readonly CompareGroup[],
  figure: RankingFigure,
  minKpis: number = MIN_KPIS_TO_RANK,
): Ranking {
  const bars = groups.map((group) => ({
    code: group.code,
    group,
    value: group.rollUp[figure],
    kpiCount: kpisBehind(group, figure),
  }));
  const ranks = competitionRanks(bars, minKpis);
  const all = bars.map((bar, index) => ({ ...bar, rank: ranks[index] ?? null, index }));
  const strip = ({ index: _index, ...bar }: RankedBar & { index: number }): RankedBar => bar;
  return {
    ranked: all
      .filter((b) => b.rank !== null)
      .sort((a, b) => (a.rank as number) - (b.rank as number) || a.index - b.index)
      .map(strip),
    unranked: all.filter((b) => b.rank === null).map(strip),
  };
}

/** Every group in the order the screen lists them: the ranked, then those listed apart. */
function rankedList(data: Comparison | undefined, figure: RankingFigure): RankedBar[] {
  const { ranked, unranked } = rankBy(data?.groups ?? [], figure, data?.minKpisToRank ?? MIN_KPIS_TO_RANK);
  return [...ranked, ...unranked];
}

/** What the screen hands to the tools that export and present its view (see ComparePage). */
export interface CompareToolsView {
  rows: 'sector' | 'priority';
  rank: RankingFigure;
  regionRank: RankingFigure;
  groups: Comparison;
  regions: Comparison | undefined;
  ranking: RankedBar[];
  regionRanking: RankedBar[];
}

/** The view on screen for its tools: the choices, the responses and the rankings as the screen shows them. */
export function toolsView(
  view: CompareView,
  groups: Comparison,
  regions: Comparison | undefined,
): CompareToolsView {
  return {
    rows: view.rows,
    rank: view.rank,
    regionRank: view.regionRank,
    groups,
    regions,
    ranking: rankedList(groups, view.rank),
    regionRanking: rankedList(regions, view.regionRank),
  };
}

/** Every choice of the comparison screen, as kept in the address so a shared link opens the same view. */
export interface CompareView {
  period: string | null;
  rows: 'sector' | 'priority';
  rank: RankingFigure;
  regionRank: RankingFigure;
}

const PERIOD = /^\d{4}-Q[1-4]$/;
const REGION_FIGURES: readonly RankingFigure[] = ['score', 'completeness'];
const oneOf = <T extends string>(value: string | null, options: readonly T[], fallback: T): T =>
  options.find((o) => o === value) ?? fallback;

/** The view a link asks for; anything unknown falls back to the default. */
export function readCompareView(params: URLSearchParams): CompareView {
  const period = params.get('period');
  return {
    period: period !== null && PERIOD.test(period) ? period : null,
    rows: oneOf(params.get('rows'), ['sector', 'priority'] as const, 'sector'),
    rank: oneOf(params.get('rank'), RANKING_FIGURES, 'score'),
    regionRank: oneOf(params.get('regionRank'), REGION_FIGURES, 'score'),
  };
}

/** The address of a view; defaults are left out so the plain link stays plain. */
export function compareViewParams(view: CompareView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.period) params.set('period', view.period);
  if (view.rows !== 'sector') params.set('rows', view.rows);
  if (view.rank !== 'score') params.set('rank', view.rank);
  if (view.regionRank !== 'score') params.set('regionRank', view.regionRank);
  return params;
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
