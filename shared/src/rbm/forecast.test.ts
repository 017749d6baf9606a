import { describe, expect, it } from 'vitest';
import { forecastKpi } from './forecast.ts';
import type { RbmKpi, RbmPlan } from './model.ts';

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };

function kpi(overrides: Partial<RbmKpi>): RbmKpi {
  return {
    id: 'k',
    direction: 'increase',
    aggregation: 'last',
    frequency: 'quarterly',
    unit: 'number',
    baseline: { value: 40, period: '2023' },
    annualTargets: [
      { year: 2024, value: 45 },
      { year: 2027, value: 60 },
    ],
    ...overrides,
  };
}

/** Values on a straight line: `start` at 2024-Q1's end, `perQuarter` more each quarter. */
function line(start: number, perQuarter: number, count: number) {
  return Array.from({ length: count }, (_, position) => ({
    period: `${2024 + Math.floor(position / 4)}-Q${(position % 4) + 1}`,
    value: start + perQuarter * position,
  }));
}

describe('forecastKpi', () => {
  it('fits the least-squares line with time in years', () => {
    const forecast = forecastKpi(kpi({}), plan, line(41, 1, 6))!;
    expect(forecast.slopePerYear).toBeCloseTo(4);
    expect(forecast.intercept).toBeCloseTo(40); // at 2024.0, a quarter before 41 at 2024.25
    expect(forecast.projectedAtPlanEnd).toBeCloseTo(56); // end of 2027 = 2028.0
    expect(forecast.projectedAtHorizon).toBeCloseTo(68); // end of 2030 = 2031.0
    expect(forecast.endTarget).toBe(60);
    expect(forecast.meetsEndTarget).toBe(false);
    expect(forecast.crossingYear).toBe(2028); // reaches 60 at 2029.0, the end of 2028
    expect(forecast.line[0]).toEqual({ year: 2024, value: expect.closeTo(44) as number });
    expect(forecast.line.map((point) => point.year)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it('fits scattered points', () => {
    const actuals = [
      { period: '2024-Q2', value: 1 },
      { period: '2024-Q4', value: 3 },
      { period: '2025-Q2', value: 2 },
    ];
    const forecast = forecastKpi(kpi({ annualTargets: [{ year: 2027, value: 10 }] }), plan, actuals)!;
    expect(forecast.slopePerYear).toBeCloseTo(1);
    expect(forecast.projectedAtPlanEnd).toBeCloseTo(5); // 2 at 2025.0, +1 a year to 2028.0
  });

  it('says when the end target is met at this pace, and when it is crossed', () => {
    const fast = forecastKpi(kpi({}), plan, line(42, 2, 5))!;
    expect(fast.meetsEndTarget).toBe(true);
    expect(fast.crossingYear).toBe(2026);
  });

  it('has no crossing when the line moves away from the target', () => {
    const falling = forecastKpi(kpi({}), plan, line(44, -1, 4))!;
    expect(falling.crossingYear).toBeNull();
    expect(falling.meetsEndTarget).toBe(false);
    const flat = forecastKpi(kpi({}), plan, line(44, 0, 4))!;
    expect(flat.slopePerYear).toBe(0);
    expect(flat.crossingYear).toBeNull();
    const rising = kpi({ direction: 'decrease', annualTargets: [{ year: 2027, value: 10 }] });
    expect(forecastKpi(rising, plan, line(30, 1, 4))!.crossingYear).toBeNull();
  });

  it('handles decrease KPIs', () => {
    const falling = kpi({
      direction: 'decrease',
      baseline: { value: 20, period: '2023' },
      annualTargets: [{ year: 2027, value: 2 }],
    });
    const forecast = forecastKpi(falling, plan, line(19, -1, 4))!;
    expect(forecast.projectedAtPlanEnd).toBeCloseTo(4);
    expect(forecast.meetsEndTarget).toBe(false);
    expect(forecast.crossingYear).toBe(2028); // 2 reached at 2028.5
    expect(forecastKpi(falling, plan, line(19, -2, 4))!.meetsEndTarget).toBe(true);
  });

  it('handles maintain KPIs: met within tolerance, crossing only ahead', () => {
    const steady = kpi({ direction: 'maintain', annualTargets: [{ year: 2027, value: 100 }] });
    const near = forecastKpi(steady, plan, line(99, 0.1, 4))!;
    expect(near.meetsEndTarget).toBe(true);
    expect(near.crossingYear).toBe(2026);
    const drifting = forecastKpi(steady, plan, line(101, 0.5, 4))!;
    expect(drifting.crossingYear).toBeNull();
    expect(drifting.meetsEndTarget).toBe(false);
    const tight = forecastKpi({ ...steady, tolerance: 0.001 }, plan, line(99, 0.1, 4))!;
    expect(tight.meetsEndTarget).toBe(false);
    const invalid = forecastKpi({ ...steady, tolerance: -1 }, plan, line(99, 0.1, 4))!;
    expect(invalid.meetsEndTarget).toBe(true);
  });

  it('has no target without annual targets', () => {
    const forecast = forecastKpi(kpi({ annualTargets: [] }), plan, line(1, 1, 4))!;
    expect(forecast.endTarget).toBeNull();
    expect(forecast.meetsEndTarget).toBe(false);
    expect(forecast.crossingYear).toBeNull();
  });

  it('takes another horizon', () => {
    const forecast = forecastKpi(kpi({}), plan, line(41, 1, 6), { horizonYear: 2035 })!;
    expect(forecast.projectedAtHorizon).toBeCloseTo(88);
    expect(forecast.line.at(-1)!.year).toBe(2035);
    expect(() => forecastKpi(kpi({}), plan, line(41, 1, 6), { horizonYear: 2030.5 })).toThrow(RangeError);
    expect(() => forecastKpi(kpi({}), plan, line(41, 1, 6), { horizonYear: 100000 })).toThrow(RangeError);
  });

  it('needs a last or mean KPI with at least 3 actuals', () => {
    expect(forecastKpi(kpi({}), plan, line(41, 1, 2))).toBeNull();
    expect(forecastKpi(kpi({ aggregation: 'sum' }), plan, line(41, 1, 8))).toBeNull();
    expect(forecastKpi(kpi({ aggregation: 'mean' }), plan, line(41, 1, 3))).not.toBeNull();
    const duplicated = [...line(41, 1, 2), { period: '2024-Q1', value: 50 }];
    expect(forecastKpi(kpi({}), plan, duplicated)).toBeNull();
  });

  it('counts only Q4 values of an annual KPI', () => {
    const annual = kpi({ frequency: 'annual' });
    expect(forecastKpi(annual, plan, line(41, 1, 8))).toBeNull();
    const yearly = [2024, 2025, 2026].map((year, position) => ({
      period: `${year}-Q4`,
      value: 45 + 5 * position,
    }));
    const forecast = forecastKpi(annual, plan, [...yearly, { period: '2025-Q2', value: 0 }])!;
    expect(forecast.slopePerYear).toBeCloseTo(5);
    expect(forecast.projectedAtPlanEnd).toBeCloseTo(60);
    expect(forecast.meetsEndTarget).toBe(true);
    expect(forecast.crossingYear).toBe(2027);
  });

  it('is null rather than infinite', () => {
    const huge = [
      { period: '2024-Q1', value: -1.7e308 },
      { period: '2024-Q2', value: 1.7e308 },
      { period: '2024-Q3', value: 1.7e308 },
    ];
    expect(forecastKpi(kpi({}), plan, huge)).toBeNull();
  });

  it('gives no crossing year beyond the safe integers', () => {
    const crawling = [
      { period: '2024-Q1', value: 0 },
      { period: '2024-Q2', value: 1e-300 },
      { period: '2024-Q3', value: 2e-300 },
    ];
    const forecast = forecastKpi(
      kpi({ baseline: null, annualTargets: [{ year: 2027, value: 1e10 }] }),
      plan,
      crawling,
    )!;
    expect(forecast.slopePerYear).toBeGreaterThan(0);
    expect(forecast.crossingYear).toBeNull();
  });
});
