// Float hygiene shared by the formulas: comparisons that forgive rounding, and differences that cancel to an
// exact 0 instead of leaving rounding noise whose sign would decide a status.

/** Relative size of the rounding a comparison forgives. */
const EPSILON = 1e-9;
/** Relative size under which a result of cancelling terms is noise, i.e. 0. */
const NOISE = 1e-12;

/** `value >= bound`, forgiving float rounding. */
export function atLeast(value: number, bound: number): boolean {
  return value >= bound - EPSILON * Math.abs(bound);
}

/** `value <= bound`, forgiving float rounding. */
export function atMost(value: number, bound: number): boolean {
  return value <= bound + EPSILON * Math.abs(bound);
}

/** `value`, or 0 when it is only rounding noise next to `scale` (the magnitude of the terms that made it). */
export function snapToZero(value: number, scale: number): number {
  return Math.abs(value) <= NOISE * scale ? 0 : value;
}

/** `x - y`, exactly 0 when the two differ only by rounding. */
export function difference(x: number, y: number): number {
  return snapToZero(x - y, Math.max(Math.abs(x), Math.abs(y)));
}
