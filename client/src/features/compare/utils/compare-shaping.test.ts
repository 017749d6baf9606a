import { describe, expect, it } from 'vitest';
import type { CompareGroup, RollUpFigures } from '@rbm/shared/schemas';
import { explorerHref, rankBy, scoreBand } from './compare-shaping.ts';

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
  it('bands scores for the heatmap', () => {
    expect([null, 0, 0.49, 0.5, 0.74, 0.75, 0.89, 0.9, 1].map(scoreBand)).toEqual([
      'none',
      'low',
      'low',
      'mid',
      'mid',
      'good',
      'good',
      'high',
      'high',
    ]);
  });

  it('ranks by the chosen figure, ties sharing a rank, groups without a value last', () => {
    const groups = [
      group('A', { score: 0.5, completeness: 1, timeliness: null }),
      group('B', { score: 0.9, completeness: 0.5, timeliness: 0.2 }),
      group('C', { score: null, completeness: 1, timeliness: 0.8 }),
      group('D', { score: 0.5, completeness: null, timeliness: null }),
    ];
    expect(rankBy(groups, 'score').map((r) => [r.code, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
      ['D', 2],
      ['C', 4],
    ]);
    expect(rankBy(groups, 'completeness').map((r) => [r.code, r.rank])).toEqual([
      ['A', 1],
      ['C', 1],
      ['B', 3],
      ['D', 4],
    ]);
    expect(rankBy(groups, 'timeliness').map((r) => r.code)).toEqual(['C', 'B', 'A', 'D']);
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
