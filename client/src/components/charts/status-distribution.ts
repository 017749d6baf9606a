// Shaping for status-distribution bars: each group's KPIs by status as segments of one bar, on a shared
// count axis so bar lengths compare across groups.
import type { Status } from '@rbm/shared';
import type { StatusCounts } from '@rbm/shared/schemas';
import { STATUS_ORDER } from './status-style.ts';

export interface DistributionSegment {
  status: Status;
  count: number;
  /** Width of the segment as a percentage of the axis. */
  width: number;
}

export function countTotal(counts: StatusCounts): number {
  return STATUS_ORDER.reduce((sum, s) => sum + counts[s], 0);
}

/** The segments with at least one KPI, best status first. */
export function segmentsOf(counts: StatusCounts, axisMax: number): DistributionSegment[] {
  if (axisMax <= 0) return [];
  return STATUS_ORDER.filter((s) => counts[s] > 0).map((status) => ({
    status,
    count: counts[status],
    width: (counts[status] / axisMax) * 100,
  }));
}

/** A count axis from 0 holding the largest total, with whole-number ticks (at most about 5 steps). */
export function countAxis(totals: readonly number[]): { max: number; ticks: number[] } {
  const largest = Math.max(0, ...totals);
  if (largest === 0) return { max: 1, ticks: [0, 1] };
  const raw = largest / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power);
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += step) ticks.push(t);
  return { max, ticks };
}
