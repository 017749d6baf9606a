import { describe, expect, it } from 'vitest';
import type { CompareGroup, RollUpFigures } from '@rbm/shared/schemas';
import { compareViewParams, explorerHref, rankBy, readCompareView } from './compare-shaping.ts';

const group = (code: string, figures: Partial<RollUpFigures>): CompareGroup => ({
  code,
  name: { text: code, language: 'en' },
  sector: null,
  rank: 1,
  rollUp: {
    score: null,
    status: 'no_data',
    counts: { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0, not_due: 0 },
    completeness: null,
    timeliness: null,
    kpiCount: 0,
    ratedCount: 0,
    dueCount: 0,
    reportedCount: 0,
    ...figures,
  },
});

describe('comparison shaping', () => {
  it('ranks by the chosen figure (1, 1, 3 on the value as shown), the unranked listed apart', () => {
    const groups = [
      group('A', { score: 0.5, completeness: 1, timeliness: null, ratedCount: 3, dueCount: 3 }),
      group('B', { score: 0.9, completeness: 0.5, timeliness: 0.2, ratedCount: 3, dueCount: 3 }),
      group('C', { score: null, completeness: 1, timeliness: 0.8, ratedCount: 0, dueCount: 3 }),
      group('D', { score: 0.5, completeness: null, timeliness: null, ratedCount: 3, dueCount: 0 }),
    ];
    const ranks = (r: ReturnType<typeof rankBy>) => r.ranked.map((b) => [b.code, b.rank, b.kpiCount]);
    expect(ranks(rankBy(groups, 'score'))).toEqual([
      ['B', 1, 3],
      ['A', 2, 3],
      ['D', 2, 3],
    ]);
    expect(rankBy(groups, 'score').unranked.map((b) => [b.code, b.rank])).toEqual([['C', null]]);
    expect(ranks(rankBy(groups, 'completeness'))).toEqual([
      ['A', 1, 3],
      ['C', 1, 3],
      ['B', 3, 3],
    ]);
    expect(rankBy(groups, 'timeliness').ranked.map((b) => b.code)).toEqual(['C', 'B']);
    expect(rankBy(groups, 'timeliness').unranked.map((b) => b.code)).toEqual(['A', 'D']);
  });

  it('shares a rank between values shown alike (94 %) and leaves figures on too few KPIs unranked', () => {
    const groups = [
      group('KAP-2', { score: 0.94, ratedCount: 5 }),
      group('GS-ENB', { score: 0.9375, ratedCount: 4 }),
      group('KAP-4', { score: 0.934, ratedCount: 5 }),
      group('AFR', { score: 0.99, ratedCount: 1 }),
    ];
    const ranking = rankBy(groups, 'score');
    expect(ranking.ranked.map((b) => [b.code, b.rank])).toEqual([
      ['KAP-2', 1],
      ['GS-ENB', 1],
      ['KAP-4', 3],
    ]);
    expect(ranking.unranked.map((b) => [b.code, b.kpiCount])).toEqual([['AFR', 1]]);
    expect(rankBy(groups, 'score', 1).ranked[0]?.code).toBe('AFR');
  });

  it('keeps every choice of the screen in the address, defaults left out', () => {
    const view = readCompareView(
      new URLSearchParams('period=2026-Q2&rows=priority&rank=timeliness&regionRank=completeness'),
    );
    expect(view).toEqual({
      period: '2026-Q2',
      rows: 'priority',
      rank: 'timeliness',
      regionRank: 'completeness',
    });
    expect(compareViewParams(view).toString()).toBe(
      'period=2026-Q2&rows=priority&rank=timeliness&regionRank=completeness',
    );
    const fallback = readCompareView(new URLSearchParams('period=2026&rows=x&rank=y&regionRank=timeliness'));
    expect(fallback).toEqual({ period: null, rows: 'sector', rank: 'score', regionRank: 'score' });
    expect(compareViewParams(fallback).toString()).toBe('');
  });

  it('links to the explorer filtered to a Sector, priority, region and quarter', () => {
    expect(explorerHref('SP-2024-2027', { sector: 'ITU-D', period: '2026-Q2' })).toBe(
      '/plans/SP-2024-2027/explorer?view=sector&period=2026-Q2&sector=ITU-D',
    );
    expect(explorerHref('SP', { sector: 'ITU-D', open: 'KAP-1' })).toBe(
      '/plans/SP/explorer?view=sector&sector=ITU-D&open=KAP-1',
    );
    expect(explorerHref('SP', { region: 'AFR' })).toBe('/plans/SP/explorer?region=AFR');
  });
});
