// "Will we make it?": a forecast for every KPI with enough data, and one line per KPI of target, forecast, gap
// and likely year.
//
// `last` / `mean` KPIs are forecast by forecastKpi (forecast.ts), unchanged. A `sum` KPI's target is a yearly
// total, so its trend is the least-squares line through its quarterly values (time at each quarter's end, as in
// forecast.ts) and a year's projected total is the sum of the line over the year's four quarters, which is
// 4 x the line at the year's mean quarter-end time (year + 0.625). An `annual` `sum` KPI reports the year's
// total in Q4: its line runs through those totals, read at the year's end. The same rules as forecast.ts:
// at least 3 actuals, the end target is the plan's last year's, the crossing year is the first calendar year
// whose projected total meets it (none when the line heads away, and none for `maintain`).
import {
  DEFAULT_HORIZON_YEAR,
  forecastKpi,
  meets,
  type ForecastOptions,
  type KpiForecast,
} from './forecast.ts';
import type { RbmKpi, RbmPlan } from './model.ts';
import { buildTrajectory, targetOfYear } from './trajectory.ts';
import { indexActuals, type Actuals } from './values.ts';

/** The yearly-total trend of a `sum` KPI; null for other KPIs or without 3 actuals. */
export function forecastSumKpi(
  kpi: RbmKpi,
  plan: RbmPlan,
  actuals: Actuals,
  options: ForecastOptions = {},
): KpiForecast | null {
  if (kpi.aggregation !== 'sum') return null;
  const annual = kpi.frequency === 'annual';
  const points = [...indexActuals(actuals)]
    .filter(([index]) => !annual || index % 4 === 3)
    .sort(([a], [b]) => a - b)
    .map(([index, value]) => ({ time: (index + 1) / 4, value }));
  if (points.length < 3) return null;
  const count = points.length;
  const meanTime = points.reduce((sum, p) => sum + p.time, 0) / count;
  const meanValue = points.reduce((sum, p) => sum + p.value, 0) / count;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.time - meanTime) * (p.value - meanValue);
    sxx += (p.time - meanTime) ** 2;
  }
  const slope = sxy / sxx;
  // A year's projected total: the Q4 line value for an annual KPI, four quarters' worth otherwise.
  const totalOf = (year: number) =>
    annual ? meanValue + slope * (year + 1 - meanTime) : 4 * (meanValue + slope * (year + 0.625 - meanTime));
  const horizonYear = options.horizonYear ?? DEFAULT_HORIZON_YEAR;
  if (!Number.isInteger(horizonYear) || horizonYear < 1000 || horizonYear > 9999) {
    throw new RangeError(`horizon year must be a four-digit year: ${horizonYear}`);
  }
  const trajectory = buildTrajectory(kpi, plan);
  const endTarget = trajectory === null ? null : targetOfYear(trajectory, plan.endYear);
  const perYear = annual ? slope : 4 * slope;
  const firstYear = Math.floor((points[0] as { time: number }).time - 0.25);
  const lastYear = Math.floor((points[count - 1] as { time: number }).time - 0.25);
  const line: KpiForecast['line'] = [];
  for (let year = firstYear; year <= Math.max(plan.endYear, horizonYear); year++) {
    line.push({ year, value: totalOf(year) });
  }
  let crossingYear: number | null = null;
  const heading = kpi.direction === 'increase' ? perYear > 0 : kpi.direction === 'decrease' && perYear < 0;
  if (endTarget !== null && heading) {
    // totalOf is linear in the year: solve totalOf(year) = target, then the first whole year at or past it.
    const exact = lastYear + (endTarget - totalOf(lastYear)) / perYear;
    const year = Math.max(lastYear, Math.ceil(exact - 1e-9));
    crossingYear = Number.isSafeInteger(year) ? year : null;
  }
  const forecast: KpiForecast = {
    slopePerYear: perYear,
    intercept: totalOf(plan.startYear),
    projectedAtPlanEnd: totalOf(plan.endYear),
    projectedAtHorizon: totalOf(horizonYear),
    endTarget,
    meetsEndTarget: endTarget !== null && meets(kpi, totalOf(plan.endYear), endTarget),
    crossingYear,
    line,
  };
  const numbers = [perYear, forecast.intercept, forecast.projectedAtPlanEnd, forecast.projectedAtHorizon];
  const finite = numbers.every(Number.isFinite) && line.every((p) => Number.isFinite(p.value));
  return finite ? forecast : null;
}

/** Any KPI's forecast: forecastKpi for `last` / `mean`, forecastSumKpi for `sum`. */
export function forecastAnyKpi(
  kpi: RbmKpi,
  plan: RbmPlan,
  actuals: Actuals,
  options: ForecastOptions = {},
): KpiForecast | null {
  return kpi.aggregation === 'sum'
    ? forecastSumKpi(kpi, plan, actuals, options)
    : forecastKpi(kpi, plan, actuals, options);
}

/** on_course: meets the end target by the plan's end; later: meets it after; away: never at this pace. */
export type OutlookVerdict = 'on_course' | 'later' | 'away' | 'no_forecast' | 'no_target';

export interface KpiOutlook {
  /** The plan's last year, whose target is the one to make. */
  targetYear: number;
  target: number | null;
  /** The projected value (a yearly total for `sum`) in the target year. */
  forecast: number | null;
  /** forecast - target, signed so that a negative gap is a shortfall whatever the direction. */
  gap: number | null;
  /** The first year the line meets the target (the target year itself or earlier counts as that year). */
  likelyYear: number | null;
  verdict: OutlookVerdict;
}

export function kpiOutlook(kpi: RbmKpi, plan: RbmPlan, actuals: Actuals): KpiOutlook {
  const trajectory = buildTrajectory(kpi, plan);
  const target = trajectory === null ? null : targetOfYear(trajectory, plan.endYear);
  const forecast = forecastAnyKpi(kpi, plan, actuals);
  const base = { targetYear: plan.endYear, target, forecast: null, gap: null, likelyYear: null };
  if (target === null) return { ...base, verdict: 'no_target' };
  if (forecast === null) return { ...base, verdict: 'no_forecast' };
  const projected = forecast.projectedAtPlanEnd;
  const gap = kpi.direction === 'decrease' ? target - projected : projected - target;
  const met = forecast.meetsEndTarget;
  const likelyYear = met
    ? Math.min(plan.endYear, forecast.crossingYear ?? plan.endYear)
    : forecast.crossingYear !== null && forecast.crossingYear > plan.endYear
      ? forecast.crossingYear
      : null;
  const verdict: OutlookVerdict = met ? 'on_course' : likelyYear !== null ? 'later' : 'away';
  return {
    ...base,
    forecast: projected,
    gap,
    likelyYear,
    verdict,
  };
}
