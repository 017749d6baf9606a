// Forecast (rbm-method.md, "Forecast"): the least-squares line through a `last` / `mean` KPI's actuals.
//
// Time is the decimal year at the end of each actual's quarter (2025-Q2 is 2025.5, 2025-Q4 is 2026.0), so
// "at the plan's end" is the end of its last year (time `endYear + 1`) and "in 2030" the end of 2030.
// `intercept` is the line's value at the start of the plan (time `startYear`):
// `value(time) = intercept + slopePerYear * (time - startYear)`; `line` gives its value at the end of each year
// from the first actual's year to the later of the plan's end and the horizon.
// The crossing year is the calendar year in which the line reaches the end target: for `increase` only when
// the line rises, for `decrease` only when it falls, for `maintain` only when the target lies ahead of the
// last actual; otherwise null. `meetsEndTarget` uses the same comparisons as the status (a `maintain` KPI
// meets it when the projection is on track within its tolerance). The forecast is null for `sum` KPIs, with
// fewer than 3 actuals (an `annual` KPI counts its Q4 values only), or when the numbers overflow.

import { DEFAULT_TOLERANCE, type RbmKpi, type RbmPlan } from './model.ts';
import { atLeast, atMost } from './numbers.ts';
import { maintainStatus } from './rating.ts';
import { buildTrajectory, targetOfYear } from './trajectory.ts';
import { indexActuals, type Actuals } from './values.ts';

export const DEFAULT_HORIZON_YEAR = 2030;

export interface ForecastOptions {
  /** The far year to project to (default 2030, the Connect 2030 horizon). */
  horizonYear?: number;
}

export interface KpiForecast {
  slopePerYear: number;
  /** The line's value at the plan's start (time `startYear`). */
  intercept: number;
  projectedAtPlanEnd: number;
  projectedAtHorizon: number;
  endTarget: number | null;
  meetsEndTarget: boolean;
  crossingYear: number | null;
  line: Array<{ year: number; value: number }>;
}

interface Fit {
  meanTime: number;
  meanValue: number;
  slope: number;
}

function fitLine(times: readonly number[], values: readonly number[]): Fit {
  const count = times.length;
  const meanTime = times.reduce((sum, time) => sum + time, 0) / count;
  const meanValue = values.reduce((sum, value) => sum + value, 0) / count;
  let sxy = 0;
  let sxx = 0;
  times.forEach((time, position) => {
    const dt = time - meanTime;
    sxy += dt * ((values[position] as number) - meanValue);
    sxx += dt * dt;
  });
  return { meanTime, meanValue, slope: sxy / sxx };
}

function crossingYearOf(kpi: RbmKpi, fit: Fit, target: number, lastTime: number): number | null {
  if (fit.slope === 0) return null;
  if (kpi.direction === 'increase' && fit.slope < 0) return null;
  if (kpi.direction === 'decrease' && fit.slope > 0) return null;
  const time = fit.meanTime + (target - fit.meanValue) / fit.slope;
  if (kpi.direction === 'maintain' && time < lastTime) return null;
  const year = Math.ceil(time) - 1;
  return Number.isSafeInteger(year) ? year : null;
}

/** Whether a projected value meets the target, with the comparisons of the status. */
export function meets(kpi: RbmKpi, projected: number, target: number): boolean {
  if (kpi.direction === 'increase') return atLeast(projected, target);
  if (kpi.direction === 'decrease') return atMost(projected, target);
  const tolerance = kpi.tolerance;
  const usable = tolerance !== undefined && Number.isFinite(tolerance) && tolerance >= 0;
  return maintainStatus(projected, target, usable ? tolerance : DEFAULT_TOLERANCE) === 'on_track';
}

/** The trend of a `last` / `mean` KPI and where it leads; null when there is no trend to draw. */
export function forecastKpi(
  kpi: RbmKpi,
  plan: RbmPlan,
  actuals: Actuals,
  options: ForecastOptions = {},
): KpiForecast | null {
  if (kpi.aggregation === 'sum') return null;
  const times: number[] = [];
  const values: number[] = [];
  const indexed = [...indexActuals(actuals)].sort(([a], [b]) => a - b);
  for (const [index, value] of indexed) {
    if (kpi.frequency === 'annual' && index % 4 !== 3) continue;
    times.push((index + 1) / 4);
    values.push(value);
  }
  if (times.length < 3) return null;

  const fit = fitLine(times, values);
  const valueAt = (time: number): number => fit.meanValue + fit.slope * (time - fit.meanTime);
  const horizonYear = options.horizonYear ?? DEFAULT_HORIZON_YEAR;
  if (!Number.isInteger(horizonYear) || horizonYear < 1000 || horizonYear > 9999) {
    throw new RangeError(`horizon year must be a four-digit year: ${horizonYear}`);
  }
  const trajectory = buildTrajectory(kpi, plan);
  const endTarget = trajectory === null ? null : targetOfYear(trajectory, plan.endYear);
  const projectedAtPlanEnd = valueAt(plan.endYear + 1);
  const lastTime = times[times.length - 1] as number;

  const line: Array<{ year: number; value: number }> = [];
  const lastYear = Math.max(plan.endYear, horizonYear);
  for (let year = Math.floor((times[0] as number) - 0.25); year <= lastYear; year++) {
    line.push({ year, value: valueAt(year + 1) });
  }
  const forecast: KpiForecast = {
    slopePerYear: fit.slope,
    intercept: valueAt(plan.startYear),
    projectedAtPlanEnd,
    projectedAtHorizon: valueAt(horizonYear + 1),
    endTarget,
    meetsEndTarget: endTarget !== null && meets(kpi, projectedAtPlanEnd, endTarget),
    crossingYear: endTarget === null ? null : crossingYearOf(kpi, fit, endTarget, lastTime),
    line,
  };
  const numbers = [
    forecast.slopePerYear,
    forecast.intercept,
    projectedAtPlanEnd,
    forecast.projectedAtHorizon,
  ];
  const finite = numbers.every(Number.isFinite) && line.every((point) => Number.isFinite(point.value));
  return finite ? forecast : null;
}
