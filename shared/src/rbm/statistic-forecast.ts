// Forecast of a published statistic toward its plan target (the Connect 2030 overview): the least-squares
// line through the yearly values, as forecastKpi does for KPIs, with time in calendar years (a statistic is
// a figure "for 2024", so it sits at 2024). The pace says where the line leads, in one word the screen
// turns into a sentence:
// - `reached`: the latest value already meets the target;
// - `on_course`: the line meets the target by the target's deadline year;
// - `later`: the line meets it, but only in `crossingYear`, after the deadline;
// - `away`: the line stands still or moves away from the target (or would meet it only past year 9999).
// Fewer than 3 values (or all in one year) give no forecast: a line through two points is not a trend.
// `maintain` targets are met within DEFAULT_TOLERANCE of the target, never "crossed".

import type { Direction } from '../domain.ts';
import { DEFAULT_TOLERANCE } from './model.ts';
import { atLeast, atMost } from './numbers.ts';
import { maintainStatus } from './rating.ts';

export interface StatisticPoint {
  year: number;
  value: number;
}

export interface StatisticTarget {
  value: number;
  deadlineYear: number;
  direction: Direction;
}

export type StatisticPace = 'reached' | 'on_course' | 'later' | 'away';

export interface StatisticForecast {
  slopePerYear: number;
  /** The line's value in the deadline year. */
  projectedAtDeadline: number;
  /** The line's value in the horizon year. */
  projectedAtHorizon: number;
  /** The first year in which the line meets the target, when it heads toward it and has not met it yet. */
  crossingYear: number | null;
  pace: StatisticPace;
  /** The line from the latest value's year to the later of the deadline and the horizon, one point a year. */
  line: StatisticPoint[];
}

function meets(direction: Direction, value: number, target: number): boolean {
  if (direction === 'increase') return atLeast(value, target);
  if (direction === 'decrease') return atMost(value, target);
  return maintainStatus(value, target, DEFAULT_TOLERANCE) === 'on_track';
}

/** Whether the line heads toward the target (for maintain: whether it is there at the deadline). */
function towardTarget(direction: Direction, slope: number): boolean {
  if (direction === 'increase') return slope > 0;
  if (direction === 'decrease') return slope < 0;
  return false;
}

/** The trend of a statistic and where it leads against a target; null when there is no trend to draw. */
export function forecastStatistic(
  points: readonly StatisticPoint[],
  target: StatisticTarget,
  horizonYear = 2030,
): StatisticForecast | null {
  const sorted = [...points].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.year - b.year);
  if (sorted.length < 3) return null;
  const count = sorted.length;
  const meanYear = sorted.reduce((sum, p) => sum + p.year, 0) / count;
  const meanValue = sorted.reduce((sum, p) => sum + p.value, 0) / count;
  let sxy = 0;
  let sxx = 0;
  for (const p of sorted) {
    sxy += (p.year - meanYear) * (p.value - meanValue);
    sxx += (p.year - meanYear) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const valueAt = (year: number): number => meanValue + slope * (year - meanYear);
  const latest = sorted[count - 1] as StatisticPoint;
  const lastYear = Math.max(target.deadlineYear, horizonYear);
  const line: StatisticPoint[] = [];
  for (let year = latest.year; year <= lastYear; year++) line.push({ year, value: valueAt(year) });
  const projectedAtDeadline = valueAt(target.deadlineYear);
  if (![slope, projectedAtDeadline, ...line.map((p) => p.value)].every(Number.isFinite)) return null;

  const toward = towardTarget(target.direction, slope);
  const crossing = Math.ceil(meanYear + (target.value - meanValue) / slope);
  let crossingYear: number | null = toward && crossing <= 9999 ? crossing : null;
  let pace: StatisticPace;
  if (meets(target.direction, latest.value, target.value)) {
    pace = 'reached';
    crossingYear = null;
  } else if (meets(target.direction, projectedAtDeadline, target.value)) {
    pace = 'on_course';
  } else {
    pace = crossingYear === null ? 'away' : 'later';
  }
  return {
    slopePerYear: slope,
    projectedAtDeadline,
    projectedAtHorizon: valueAt(horizonYear),
    crossingYear,
    pace,
    line,
  };
}
