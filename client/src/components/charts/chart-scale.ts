// Value axes for charts: a rounded range that holds every value (and the target line), so small multiples
// can share one scale and be compared at a glance.

/** A "nice" step near `span / count`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

export interface DomainOptions {
  /** Start at 0 when every value is positive (amounts, shares); true by default. */
  fromZero?: boolean;
  /** Hard bounds the domain never goes beyond (e.g. 0 and 100 for a percentage). */
  floor?: number;
  ceiling?: number;
}

/**
 * The [min, max] of a value axis holding every finite value, widened to nice round numbers; [0, 1] when
 * there is no value at all.
 */
export function valueDomain(
  values: ReadonlyArray<number | null | undefined>,
  options: DomainOptions = {},
): [number, number] {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (finite.length === 0) return [0, 1];
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if ((options.fromZero ?? true) && min > 0) min = 0;
  if (min === max) {
    const pad = Math.abs(max) > 0 ? Math.abs(max) * 0.1 : 1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min);
  let low = Math.floor(min / step) * step;
  let high = Math.ceil(max / step) * step;
  if (options.floor !== undefined) low = Math.max(low, options.floor);
  if (options.ceiling !== undefined) high = Math.min(high, options.ceiling);
  // float noise from the step arithmetic (0.30000000000000004)
  return [Number(low.toPrecision(12)), Number(high.toPrecision(12))];
}

/** One domain for a set of series (small multiples share it, so their heights compare). */
export function sharedDomain(
  series: ReadonlyArray<ReadonlyArray<number | null | undefined>>,
  options: DomainOptions = {},
): [number, number] {
  return valueDomain(series.flat(), options);
}
