// The trajectory: the value the plan expects at each point in time (rbm-method.md, "Expected value").
//
// The method's rules are one piecewise-linear line through anchor points, time in decimal years:
// - each annual target `target[y]` sits at the end of its year, time `y + 1`;
// - the baseline sits at the end of its period (`2023` and `2023-Q4` at 2024.0, `2025-Q2` at 2025.5), but
//   never before the plan's start: a baseline from before the plan is the plan's starting point, so the first
//   year runs from the baseline to `target[first year]` (the method's `start`);
// - between anchors the line is straight, so a year without a target is interpolated linearly between the
//   nearest years that have one (or the baseline); before the first anchor and after the last it is flat.
//   With no baseline the first year's expected level is therefore `target[y]` in every quarter.
// `last` / `mean` KPIs expect the line's level at the end of each quarter: `start + (target[y] - start) * q/4`.
// `sum` KPIs read a year's target off the line at the year's end and expect `target[y] * q / 4` year-to-date.
//
// A KPI is tracked from the quarter after its baseline period (or, with no baseline, from the first quarter
// of its first target year), never before the plan's first quarter; earlier quarters are `not_due`. This is
// how a KPI added mid-plan works. A KPI with no annual target has no trajectory: nothing is expected of it.

import type { Aggregation } from '../domain.ts';
import type { RbmKpi, RbmPlan } from './model.ts';
import { snapToZero } from './numbers.ts';
import { formatQuarterIndex, parsePeriod, quarterIndex, type PlanYears } from './periods.ts';

export interface Trajectory {
  /** Anchor times in decimal years, strictly increasing. */
  readonly times: readonly number[];
  readonly values: readonly number[];
  /** The quarter index of the first quarter in which the KPI is tracked. */
  readonly startIndex: number;
}

/** The end of a period in decimal years; null for an invalid period. */
function periodEndTime(text: string): number | null {
  const period = parsePeriod(text);
  if (period === null) return null;
  return period.year + (period.quarter ?? 4) / 4;
}

/** The KPI's baseline if it has a usable one (a finite value). */
export function usableBaseline(kpi: RbmKpi): { value: number; period: string } | null {
  return kpi.baseline !== null && Number.isFinite(kpi.baseline.value) ? kpi.baseline : null;
}

/** Build the KPI's trajectory, or null when it has no usable annual target. */
export function buildTrajectory(kpi: RbmKpi, plan: PlanYears): Trajectory | null {
  const baseline = usableBaseline(kpi);
  const planStart = plan.startYear;
  const baselineTime =
    baseline === null ? null : Math.max(periodEndTime(baseline.period) ?? planStart, planStart);

  // Usable targets after the baseline, sorted by year (insertion: lists are short and usually sorted);
  // a year given twice keeps its later value.
  const years: number[] = [];
  const targets: number[] = [];
  for (const target of kpi.annualTargets) {
    const { year, value } = target;
    if (!Number.isInteger(year) || !Number.isFinite(value)) continue;
    if (baselineTime !== null && year + 1 <= baselineTime) continue;
    let position = years.length;
    while (position > 0 && (years[position - 1] as number) > year) position--;
    if (years[position - 1] === year) {
      targets[position - 1] = value;
      continue;
    }
    years.splice(position, 0, year);
    targets.splice(position, 0, value);
  }
  const firstYear = years[0];
  if (firstYear === undefined) return null;

  const times: number[] = [];
  const values: number[] = [];
  if (baseline !== null && baselineTime !== null) {
    times.push(baselineTime);
    values.push(baseline.value);
  }
  years.forEach((year, position) => {
    times.push(year + 1);
    values.push(targets[position] as number);
  });
  const firstTracked = baselineTime === null ? firstYear * 4 : baselineTime * 4;
  return { times, values, startIndex: Math.max(firstTracked, planStart * 4) };
}

/** The trajectory's level at a time in decimal years. */
export function levelAt(trajectory: Trajectory, time: number): number {
  const { times, values } = trajectory;
  const last = times.length - 1;
  if (time <= (times[0] as number)) return values[0] as number;
  if (time >= (times[last] as number)) return values[last] as number;
  let right = 1;
  while ((times[right] as number) < time) right++;
  const t0 = times[right - 1] as number;
  const t1 = times[right] as number;
  const v0 = values[right - 1] as number;
  const v1 = values[right] as number;
  if (time === t1) return v1;
  // Weighted form: cannot overflow, and a level that should be 0 comes out as exactly 0.
  const share = (time - t0) / (t1 - t0);
  return snapToZero(v0 * (1 - share) + v1 * share, Math.max(Math.abs(v0), Math.abs(v1)));
}

/** The target of a year (read off the line at the year's end). */
export function targetOfYear(trajectory: Trajectory, year: number): number {
  return levelAt(trajectory, year + 1);
}

/**
 * The expected value after quarter `quarter` of `year`: the level for `last` / `mean`, the year-to-date for
 * `sum`. Quarter 4 is also the expected value of the year as a whole.
 */
export function expectedAt(
  trajectory: Trajectory,
  aggregation: Aggregation,
  year: number,
  quarter: number,
): number {
  if (aggregation === 'sum') return (targetOfYear(trajectory, year) * quarter) / 4;
  return levelAt(trajectory, year + quarter / 4);
}

/** The expected value of a KPI in a period (`YYYY-Qn`, or `YYYY` meaning its fourth quarter); null when nothing is expected. */
export function expectedValue(kpi: RbmKpi, plan: RbmPlan, period: string): number | null {
  const parsed = parsePeriod(period);
  const trajectory = buildTrajectory(kpi, plan);
  if (parsed === null || trajectory === null) return null;
  return expectedAt(trajectory, kpi.aggregation, parsed.year, parsed.quarter ?? 4);
}

/** A year's target, interpolated when the year has none of its own; null when the KPI has no target. */
export function annualTarget(kpi: RbmKpi, plan: RbmPlan, year: number): number | null {
  const trajectory = buildTrajectory(kpi, plan);
  return trajectory === null ? null : targetOfYear(trajectory, year);
}

/** The end target: the target of the plan's last year; null when the KPI has no target. */
export function endTarget(kpi: RbmKpi, plan: RbmPlan): number | null {
  return annualTarget(kpi, plan, plan.endYear);
}

/** The first quarter in which the KPI is tracked (`YYYY-Qn`); null when it has no target. */
export function kpiStartQuarter(kpi: RbmKpi, plan: RbmPlan): string | null {
  const trajectory = buildTrajectory(kpi, plan);
  return trajectory === null ? null : formatQuarterIndex(trajectory.startIndex);
}

/** True when quarter `index` is one in which the KPI is tracked and inside the plan. */
export function isTrackedQuarter(trajectory: Trajectory, plan: PlanYears, index: number): boolean {
  return index >= trajectory.startIndex && index <= quarterIndex(plan.endYear, 4);
}
