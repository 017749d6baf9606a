// Axes that fit their labels: the value axis as wide as its longest tick, and a time axis that shows
// only as many ticks as have room, always keeping the last one (the plan's end). Recharts' own skipping
// (interval "preserveStartEnd") dropped the tick before the last when the last label overhung the edge.

/** Rough width of a label in the chart's 12 px sans-serif: enough to decide what fits. */
export function labelWidth(text: string, fontSize = 12): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** Ticks of a value axis over a domain, `step` apart from its lower end (floating noise removed). */
export function valueTicks([low, high]: readonly [number, number], step: number): number[] {
  if (!(step > 0) || !(high >= low)) return [low, high];
  const ticks: number[] = [];
  for (let i = 0; low + i * step <= high + step * 1e-9; i++)
    ticks.push(Number((low + i * step).toPrecision(12)));
  return ticks;
}

/** Width of a value axis holding its widest tick label, with room for the tick line. */
export function valueAxisWidth(labels: readonly string[], fontSize = 12): number {
  return Math.max(40, ...labels.map((label) => labelWidth(label, fontSize) + 12));
}

/**
 * The ticks of a time axis that fit in `plotWidth` without overlapping: the last, then going back each
 * tick at least a label's width (plus `gap`) from the one kept after it. Regular ticks come out every
 * k-th; a run of quarters followed by years thins by distance, not by count.
 */
export function fitTicks(
  ticks: readonly number[],
  label: (x: number) => string,
  plotWidth: number,
  gap = 8,
  fontSize = 12,
): number[] {
  if (ticks.length <= 1) return [...ticks];
  const widest = Math.max(...ticks.map((x) => labelWidth(label(x), fontSize))) + gap;
  const span = ticks.at(-1)! - ticks[0]!;
  const scale = span > 0 ? Math.max(plotWidth, 1) / span : 1;
  const kept = [ticks.at(-1)!];
  for (let i = ticks.length - 2; i >= 0; i--)
    if ((kept[0]! - ticks[i]!) * scale >= widest - 1e-6) kept.unshift(ticks[i]!);
  return kept;
}
