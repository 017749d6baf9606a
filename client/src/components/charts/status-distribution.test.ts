import { describe, expect, it } from 'vitest';
import type { StatusCounts } from '@rbm/shared/schemas';
import { countAxis, countTotal, segmentsOf } from './status-distribution.ts';

const counts = (partial: Partial<StatusCounts>): StatusCounts => ({
  achieved: 0,
  on_track: 0,
  at_risk: 0,
  off_track: 0,
  no_data: 0,
  not_due: 0,
  ...partial,
});

describe('status distribution shaping', () => {
  it('gives non-empty segments, best status first, as shares of the axis', () => {
    const c = counts({ off_track: 2, achieved: 1, on_track: 3 });
    expect(countTotal(c)).toBe(6);
    expect(segmentsOf(c, 10)).toEqual([
      { status: 'achieved', count: 1, width: 10 },
      { status: 'on_track', count: 3, width: 30 },
      { status: 'off_track', count: 2, width: 20 },
    ]);
    expect(segmentsOf(c, 0)).toEqual([]);
  });

  it('makes a whole-number axis from 0 that holds the largest bar', () => {
    expect(countAxis([3, 7])).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countAxis([4])).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(countAxis([42, 13])).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(countAxis([12])).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(countAxis([])).toEqual({ max: 1, ticks: [0, 1] });
    expect(countAxis([0, 0])).toEqual({ max: 1, ticks: [0, 1] });
  });
});
