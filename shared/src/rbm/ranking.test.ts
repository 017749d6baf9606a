import { describe, expect, it } from 'vitest';
import { competitionRanks, displayedShare, MIN_KPIS_TO_RANK } from './ranking.ts';

const enough = (value: number | null) => ({ value, kpiCount: MIN_KPIS_TO_RANK });

describe('competitionRanks', () => {
  it('gives equal values one rank and skips the next (1, 1, 3)', () => {
    expect(competitionRanks([0.9, 0.9, 0.7].map(enough))).toEqual([1, 1, 3]);
    expect(competitionRanks([0.5, 0.9, 0.7, 0.5, 0.2].map(enough))).toEqual([3, 1, 2, 3, 5]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('decides equality on the displayed whole percent: two groups shown at 94 % share rank 1', () => {
    expect(competitionRanks([0.9412, 0.9388, 0.9349].map(enough))).toEqual([1, 1, 3]);
    expect(competitionRanks([0.945, 0.9449].map(enough))).toEqual([1, 2]);
  });

  it('leaves unranked a group without a value or with fewer KPIs than the minimum', () => {
    const ranks = competitionRanks([
      { value: 0.8, kpiCount: 1 },
      { value: 0.6, kpiCount: 5 },
      { value: null, kpiCount: 4 },
      { value: 0.7, kpiCount: 3 },
      { value: Number.NaN, kpiCount: 4 },
    ]);
    expect(ranks).toEqual([null, 2, null, 1, null]);
    expect(competitionRanks([{ value: 0.8, kpiCount: 1 }], 1)).toEqual([1]);
  });

  it('ranks negative scores by their displayed value too', () => {
    expect(competitionRanks([-0.16, -0.22, -0.35, -0.004].map(enough))).toEqual([2, 3, 4, 1]);
    expect(displayedShare(-0.004)).toBe(0);
    expect(Object.is(displayedShare(-0.004), -0)).toBe(false);
  });
});
