// The formulas of rbm-method.md, "Progress and status of one KPI in one period", on plain numbers.
//
// Comparisons with a threshold, a tolerance or a target allow a relative 1e-9, and differences that cancel
// to rounding noise count as 0 (numbers.ts), so that float rounding (0.45 / 0.375 = 1.2000000000000002) never
// flips a status at a boundary, nor when every figure is scaled by the same factor.

import type { Status } from '../domain.ts';
import { DEFAULT_THRESHOLDS, type Thresholds } from './model.ts';
import { atLeast, atMost, difference } from './numbers.ts';

export type RatedStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track';

/** The status of a performance ratio (or a roll-up score): on track, at risk or off track. */
export function statusFromRatio(
  ratio: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): 'on_track' | 'at_risk' | 'off_track' {
  if (atLeast(ratio, thresholds.onTrack)) return 'on_track';
  if (atLeast(ratio, thresholds.atRisk)) return 'at_risk';
  return 'off_track';
}

/** `maintain`: `d = |a - t| / |t|` (`|a - t|` when `t` is 0); on track within the tolerance, at risk within twice it. */
export function maintainStatus(
  actual: number,
  target: number,
  tolerance: number,
): 'on_track' | 'at_risk' | 'off_track' {
  const gap = Math.abs(difference(actual, target));
  const distance = target === 0 ? gap : gap / Math.abs(target);
  if (atMost(distance, tolerance)) return 'on_track';
  if (atMost(distance, 2 * tolerance)) return 'at_risk';
  return 'off_track';
}

/**
 * The ratio without a baseline (rbm-method.md, "No baseline"): `a / e` for `increase`, `e / a` for
 * `decrease`. Where those quotients mean nothing the choices are: `increase` with `e <= 0` is 1 if `a >= e`
 * (forgiving rounding, as every comparison here does), else 0; `decrease` with `a <= 0` has no ratio (null)
 * and is on track, as the method says of `a = 0`; `decrease` with `e <= 0 < a` is 0.
 */
export function levelRatio(
  direction: 'increase' | 'decrease',
  actual: number,
  expected: number,
): number | null {
  if (direction === 'increase') {
    if (expected > 0) return actual / expected;
    return atLeast(actual, expected) ? 1 : 0;
  }
  if (actual <= 0) return null;
  return expected > 0 ? expected / actual : 0;
}

export interface ProgressInput {
  direction: 'increase' | 'decrease';
  actual: number;
  expected: number;
  /** `b`; null applies the no-baseline rule. */
  baseline: number | null;
  /** `t`: the end target (`last` / `mean`) or the year's target (`sum`). */
  target: number;
  /** Whether reaching `t` now means `achieved` (false for a `decrease` flow before its year is over). */
  canAchieve: boolean;
}

export interface ProgressRating {
  progress: number | null;
  expectedProgress: number | null;
  ratio: number | null;
  status: RatedStatus;
}

/** `t - b`, or null when the no-baseline rule applies (no baseline, or a target equal to the baseline). */
function spanOf(baseline: number | null, target: number): number | null {
  if (baseline === null) return null;
  const span = difference(target, baseline);
  return span === 0 ? null : span;
}

/** Progress `p = (a - b) / (t - b)`; null without a baseline or when `t = b`. */
export function progressOf(actual: number, baseline: number | null, target: number): number | null {
  const span = spanOf(baseline, target);
  return span === null ? null : difference(actual, baseline as number) / span;
}

/** Expected progress `pe = (e - b) / (t - b)`; null without a baseline or when `t = b`. */
export function expectedProgressOf(expected: number, baseline: number | null, target: number): number | null {
  const span = spanOf(baseline, target);
  return span === null ? null : difference(expected, baseline as number) / span;
}

/**
 * The performance ratio `r = p / pe`, computed as `(a - b) / (e - b)` (the same number with less rounding);
 * when `pe <= 0`, `r = 1` if `p >= 0`, and 0 otherwise (the KPI moved away from its target while nothing was
 * expected yet). Without a baseline, or when the target equals the baseline, the no-baseline rule gives `r`.
 */
export function performanceRatio(
  direction: 'increase' | 'decrease',
  actual: number,
  expected: number,
  baseline: number | null,
  target: number,
): number | null {
  const span = spanOf(baseline, target);
  if (span === null) return levelRatio(direction, actual, expected);
  const travelled = difference(actual, baseline as number);
  const expectedTravel = difference(expected, baseline as number);
  if (expectedTravel / span > 0) return travelled / expectedTravel;
  return travelled / span >= 0 ? 1 : 0;
}

/** `achieved` when the target is reached in the KPI's direction (and may be), else the ratio's status. */
export function progressStatus(
  direction: 'increase' | 'decrease',
  actual: number,
  target: number,
  ratio: number | null,
  canAchieve: boolean,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): RatedStatus {
  const reached = direction === 'increase' ? atLeast(actual, target) : atMost(actual, target);
  if (canAchieve && reached) return 'achieved';
  return ratio === null ? 'on_track' : statusFromRatio(ratio, thresholds);
}

/** Progress, expected progress, ratio and status of an `increase` / `decrease` KPI (the functions above). */
export function rateProgress(
  input: ProgressInput,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ProgressRating {
  const { direction, actual, expected, baseline, target } = input;
  const ratio = performanceRatio(direction, actual, expected, baseline, target);
  return {
    progress: progressOf(actual, baseline, target),
    expectedProgress: expectedProgressOf(expected, baseline, target),
    ratio,
    status: progressStatus(direction, actual, target, ratio, input.canAchieve, thresholds),
  };
}

/** Statuses that carry a rating (the ones a roll-up scores). */
export function isRated(status: Status): status is RatedStatus {
  return status === 'achieved' || status === 'on_track' || status === 'at_risk' || status === 'off_track';
}
