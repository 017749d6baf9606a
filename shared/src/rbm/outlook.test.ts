import { describe, expect, it } from 'vitest';
import { forecastKpi } from './forecast.ts';
import type { RbmKpi, RbmPlan } from './model.ts';
import { forecastAnyKpi, forecastSumKpi, kpiOutlook } from './outlook.ts';

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };

function kpi(overrides: Partial<RbmKpi>): RbmKpi {
  return {
    id: 'k',
    direction: 'increase',
    aggregation: 'sum',
    frequency: 'quarterly',
    unit: 'number',
    baseline: null,
    annualTargets: [
      { year: 2024, value: 40 },
      { year: 2027, value: 60 },
    ],
    ...overrides,
  };
}

/** Values on a straight line: `start` in 2024-Q1, `perQuarter` more each quarter. */
function line(start: number, perQuarter: number, count: number) {
  return Array.from({ length: count }, (_, position) => ({
    period: `${2024 + Math.floor(position / 4)}-Q${(position % 4) + 1}`,
    value: start + perQuarter * position,
  }));
}

describe('forecastSumKpi', () => {
  it("projects a year's total as the sum of the line over its four quarters", () => {
    const forecast = forecastSumKpi(kpi({}), plan, line(10, 1, 6))!;
    // 2024: 10 + 11 + 12 + 13 = 46, then 16 more a year
    expect(forecast.line[0]).toEqual({ year: 2024, value: 46 });
    expect(forecast.slopePerYear).toBeCloseTo(16);
    expect(forecast.projectedAtPlanEnd).toBeCloseTo(94);
    expect(forecast.projectedAtHorizon).toBeCloseTo(142);
    expect(forecast.endTarget).toBe(60);
    expect(forecast.meetsEndTarget).toBe(true);
    expect(forecast.crossingYear).toBe(2025);
  });

  it('reads an annual sum KPI off its Q4 totals', () => {
    const totals = [2024, 2025, 2026].map((year, i) => ({ period: `${year}-Q4`, value: 30 + 10 * i }));
    const forecast = forecastSumKpi(kpi({ frequency: 'annual' }), plan, totals)!;
    expect(forecast.projectedAtPlanEnd).toBeCloseTo(60);
    expect(forecast.crossingYear).toBe(2027);
  });

  it('follows a falling sum KPI down to its target, and keeps maintain KPIs from crossing', () => {
    const targets = [
      { year: 2024, value: 40 },
      { year: 2027, value: 20 },
    ];
    const down = forecastSumKpi(
      kpi({ direction: 'decrease', annualTargets: targets }),
      plan,
      line(10, -0.5, 6),
    )!;
    expect(down.line[0]).toEqual({ year: 2024, value: 37 });
    expect(down.projectedAtPlanEnd).toBeCloseTo(13);
    expect(down).toMatchObject({ meetsEndTarget: true, crossingYear: 2027 });
    const steady = kpi({ direction: 'maintain', annualTargets: [{ year: 2027, value: 40 }] });
    expect(forecastSumKpi(steady, plan, line(10, 0, 6))).toMatchObject({
      meetsEndTarget: true,
      crossingYear: null,
    });
    expect(kpiOutlook(steady, plan, line(10, 0, 6))).toMatchObject({
      verdict: 'on_course',
      likelyYear: 2027,
      gap: 0,
    });
  });

  it('refuses a bad horizon; gives no crossing past year 9999 and no forecast on overflow', () => {
    expect(() => forecastSumKpi(kpi({}), plan, line(10, 1, 6), { horizonYear: 2030.5 })).toThrow(RangeError);
    expect(forecastSumKpi(kpi({}), plan, line(10, 1, 6), { horizonYear: 2035 })!.line.at(-1)!.year).toBe(
      2035,
    );
    const far = kpi({ annualTargets: [{ year: 2027, value: 1e300 }] });
    expect(forecastSumKpi(far, plan, line(10, 1, 6))!.crossingYear).toBeNull();
    expect(kpiOutlook(far, plan, line(10, 1, 6)).verdict).toBe('away');
    expect(forecastSumKpi(kpi({}), plan, line(1e308, 0, 6))).toBeNull();
  });

  it('needs a sum KPI and 3 actuals; leaves last and mean KPIs to forecastKpi', () => {
    expect(forecastSumKpi(kpi({}), plan, line(10, 1, 2))).toBeNull();
    expect(forecastSumKpi(kpi({ aggregation: 'last' }), plan, line(10, 1, 6))).toBeNull();
    const last = kpi({ aggregation: 'last' });
    expect(forecastAnyKpi(last, plan, line(41, 1, 6))).toEqual(forecastKpi(last, plan, line(41, 1, 6)));
    expect(forecastAnyKpi(kpi({}), plan, line(10, 1, 6))).toEqual(
      forecastSumKpi(kpi({}), plan, line(10, 1, 6)),
    );
  });
});

describe('kpiOutlook', () => {
  it('on course: forecast above the target, positive gap, the year it is met', () => {
    expect(kpiOutlook(kpi({}), plan, line(10, 1, 6))).toEqual({
      targetYear: 2027,
      target: 60,
      forecast: expect.closeTo(94) as number,
      gap: expect.closeTo(34) as number,
      likelyYear: 2025,
      verdict: 'on_course',
    });
  });

  it('later: met only after the plan ends', () => {
    const targets = [{ year: 2027, value: 200 }];
    const o = kpiOutlook(kpi({ annualTargets: targets }), plan, line(10, 1, 6));
    expect(o).toMatchObject({ verdict: 'later', likelyYear: 2034 });
    expect(o.gap).toBeCloseTo(-106);
  });

  it('away: flat or moving away; a decrease KPI short of its target has a negative gap', () => {
    expect(kpiOutlook(kpi({}), plan, line(10, 0, 6))).toMatchObject({ verdict: 'away', likelyYear: null });
    const down = kpi({
      aggregation: 'last',
      direction: 'decrease',
      annualTargets: [{ year: 2027, value: 20 }],
    });
    const o = kpiOutlook(down, plan, line(50, 1, 6));
    expect(o.verdict).toBe('away');
    expect(o.gap).toBeLessThan(0);
  });

  it('says when there is no target or too little data', () => {
    expect(kpiOutlook(kpi({ annualTargets: [] }), plan, line(10, 1, 6)).verdict).toBe('no_target');
    expect(kpiOutlook(kpi({}), plan, line(10, 1, 2))).toMatchObject({ verdict: 'no_forecast', target: 60 });
  });
});
