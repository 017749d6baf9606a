import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from './model.ts';
import { atLeast, atMost, difference, snapToZero } from './numbers.ts';
import { isRated, levelRatio, maintainStatus, rateProgress, statusFromRatio } from './rating.ts';

describe('statusFromRatio', () => {
  it('uses the default thresholds 0.90 / 0.60', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ onTrack: 0.9, atRisk: 0.6 });
    expect(statusFromRatio(1.2)).toBe('on_track');
    expect(statusFromRatio(0.9)).toBe('on_track');
    expect(statusFromRatio(0.8999)).toBe('at_risk');
    expect(statusFromRatio(0.8)).toBe('at_risk');
    expect(statusFromRatio(0.6)).toBe('at_risk');
    expect(statusFromRatio(0.5999)).toBe('off_track');
    expect(statusFromRatio(-3)).toBe('off_track');
  });

  it('forgives float rounding at a threshold', () => {
    expect(statusFromRatio(0.6 - 1e-12)).toBe('at_risk');
    expect(statusFromRatio(0.3 * 3)).toBe('on_track'); // 0.8999999999999999
  });

  it('takes a plan’s own thresholds', () => {
    const strict = { onTrack: 0.95, atRisk: 0.8 };
    expect(statusFromRatio(0.9, strict)).toBe('at_risk');
    expect(statusFromRatio(0.7, strict)).toBe('off_track');
  });

  it('compares with a relative tolerance only', () => {
    expect(atLeast(1 - 1e-12, 1)).toBe(true);
    expect(atLeast(1 - 1e-6, 1)).toBe(false);
    expect(atMost(0, 0)).toBe(true);
    expect(atMost(1e-300, 0)).toBe(false);
  });

  it('cancels differences that are only rounding noise', () => {
    expect(0.1 + 0.2 - 0.3).not.toBe(0);
    expect(difference(0.1 + 0.2, 0.3)).toBe(0);
    expect(difference(0.3, 0.2)).toBeCloseTo(0.1);
    expect(snapToZero(1e-15, 10)).toBe(0);
    expect(snapToZero(1e-15, 1e-15)).toBe(1e-15);
  });
});

describe('maintainStatus', () => {
  it('rates the distance to the target against the tolerance', () => {
    expect(maintainStatus(104, 100, 0.05)).toBe('on_track');
    expect(maintainStatus(95, 100, 0.05)).toBe('on_track');
    expect(maintainStatus(110, 100, 0.05)).toBe('at_risk');
    expect(maintainStatus(89, 100, 0.05)).toBe('off_track');
  });

  it('uses the absolute gap when the target is 0', () => {
    expect(maintainStatus(0.04, 0, 0.05)).toBe('on_track');
    expect(maintainStatus(-0.08, 0, 0.05)).toBe('at_risk');
    expect(maintainStatus(1, 0, 0.05)).toBe('off_track');
  });

  it('works with a negative target', () => {
    expect(maintainStatus(-104, -100, 0.05)).toBe('on_track');
  });
});

describe('levelRatio (no baseline)', () => {
  it('is a / e for increase and e / a for decrease', () => {
    expect(levelRatio('increase', 45, 50)).toBe(0.9);
    expect(levelRatio('decrease', 12.5, 10)).toBe(0.8);
  });

  it('covers the cases where the quotient means nothing', () => {
    expect(levelRatio('increase', 3, 0)).toBe(1);
    expect(levelRatio('increase', -3, 0)).toBe(0);
    expect(levelRatio('decrease', 0, 10)).toBeNull();
    expect(levelRatio('decrease', -1, 10)).toBeNull();
    expect(levelRatio('decrease', 5, 0)).toBe(0);
  });

  it('forgives rounding when a negative expected value meets an actual equal to it', () => {
    // -3 and -3 scaled by k = 0.08805959090804197: the interpolated expected value rounds one step above the
    // scaled actual. Without the tolerance the ratio fell from 1 to 0 (found by the scaling property test).
    expect(levelRatio('increase', -0.26417877272412593, -0.2641787727241258)).toBe(1);
    expect(levelRatio('increase', -0.27, -0.26)).toBe(0);
  });
});

describe('rateProgress', () => {
  const base = { direction: 'increase' as const, canAchieve: true };

  it('is achieved when the target is reached, only if it can be', () => {
    expect(rateProgress({ ...base, actual: 60, expected: 50, baseline: 40, target: 60 }).status).toBe(
      'achieved',
    );
    const early = rateProgress({
      ...base,
      direction: 'decrease',
      actual: 3,
      expected: 5,
      baseline: null,
      target: 10,
      canAchieve: false,
    });
    expect(early.status).toBe('on_track');
    expect(early.ratio).toBeCloseTo(5 / 3);
  });

  it('gives r = 1 when nothing was expected and the KPI did not go back, else 0', () => {
    const forward = rateProgress({ ...base, actual: 11, expected: 10, baseline: 10, target: 20 });
    expect(forward).toMatchObject({ expectedProgress: 0, ratio: 1, status: 'on_track' });
    expect(forward.progress).toBeCloseTo(0.1);
    const backward = rateProgress({ ...base, actual: 9, expected: 10, baseline: 10, target: 20 });
    expect(backward).toMatchObject({ ratio: 0, status: 'off_track' });
  });

  it('falls back to the no-baseline rule when the target equals the baseline', () => {
    const flat = rateProgress({ ...base, actual: 40, expected: 50, baseline: 50, target: 50 });
    expect(flat).toEqual({ progress: null, expectedProgress: null, ratio: 0.8, status: 'at_risk' });
  });

  it('says on track for a decrease KPI at 0 without a baseline when the target is below 0', () => {
    const zero = rateProgress({
      ...base,
      direction: 'decrease',
      actual: 0,
      expected: 5,
      baseline: null,
      target: -1,
    });
    expect(zero).toEqual({ progress: null, expectedProgress: null, ratio: null, status: 'on_track' });
  });
});

describe('isRated', () => {
  it('knows the rated statuses', () => {
    expect(isRated('achieved')).toBe(true);
    expect(isRated('off_track')).toBe(true);
    expect(isRated('no_data')).toBe(false);
    expect(isRated('not_due')).toBe(false);
  });
});
