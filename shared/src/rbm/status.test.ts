import { describe, expect, it } from 'vitest';
import type { RbmKpi, RbmPlan } from './model.ts';
import { assessKpi, assessPrepared, kpiSeries, prepareKpi, withActuals, withValues } from './status.ts';
import { indexActuals, type Actuals } from './values.ts';

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };
/** Last complete quarter: 2025-Q4. */
const now = new Date('2026-01-20T00:00:00Z');

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
      { year: 2025, value: 50 },
      { year: 2026, value: 55 },
      { year: 2027, value: 60 },
    ],
    ...overrides,
  };
}

const targets = (...values: number[]) => values.map((value, position) => ({ year: 2024 + position, value }));
const one = (period: string, value: number): Actuals => [{ period, value }];

describe('the worked examples of rbm-method.md', () => {
  it('increase, last: 2025-Q2 actual 49 is r = 1.2, on track', () => {
    const result = assessKpi(kpi({}), plan, one('2025-Q2', 49), '2025-Q2', now);
    expect(result.period).toBe('2025-Q2');
    expect(result.actual).toBe(49);
    expect(result.expected).toBe(47.5);
    expect(result.progress).toBeCloseTo(0.45);
    expect(result.expectedProgress).toBeCloseTo(0.375);
    expect(result.ratio).toBeCloseTo(1.2);
    expect(result.status).toBe('on_track');
    expect(result.due).toBe(true);
  });

  it('decrease, last: 2025-Q4 actual 12 is r = 0.8, at risk', () => {
    const falling = kpi({
      direction: 'decrease',
      baseline: { value: 20, period: '2023' },
      annualTargets: targets(15, 10, 6, 2),
    });
    const result = assessKpi(falling, plan, one('2025-Q4', 12), '2025-Q4', now);
    expect(result.expected).toBe(10);
    expect(result.progress).toBeCloseTo(0.444, 3);
    expect(result.expectedProgress).toBeCloseTo(0.556, 3);
    expect(result.ratio).toBeCloseTo(0.8);
    expect(result.status).toBe('at_risk');
  });

  it('increase, sum: 2025-Q3 year-to-date 600 against 1000 is r = 0.8, at risk', () => {
    const flow = kpi({ aggregation: 'sum', baseline: null, annualTargets: [{ year: 2025, value: 1000 }] });
    const actuals = [
      { period: '2025-Q1', value: 200 },
      { period: '2025-Q2', value: 150 },
      { period: '2025-Q3', value: 250 },
    ];
    const result = assessKpi(flow, plan, actuals, '2025-Q3', now);
    expect(result.actual).toBe(600);
    expect(result.expected).toBe(750);
    expect(result.progress).toBeCloseTo(0.6);
    expect(result.expectedProgress).toBeCloseTo(0.75);
    expect(result.ratio).toBeCloseTo(0.8);
    expect(result.status).toBe('at_risk');
  });

  it('no baseline: r = a / e for increase', () => {
    const bare = kpi({ baseline: null, annualTargets: targets(50, 60, 70, 80) });
    const first = assessKpi(bare, plan, one('2024-Q2', 45), '2024-Q2', now);
    expect(first).toMatchObject({ expected: 50, progress: null, expectedProgress: null, status: 'on_track' });
    expect(first.ratio).toBeCloseTo(0.9);
    const second = assessKpi(bare, plan, one('2025-Q2', 44), '2025-Q2', now);
    expect(second.expected).toBe(55);
    expect(second.ratio).toBeCloseTo(0.8);
    expect(second.status).toBe('at_risk');
  });

  it('no baseline: r = e / a for decrease, and an actual of 0 is fine', () => {
    const bare = kpi({ direction: 'decrease', baseline: null, annualTargets: targets(10, 8, 6, 4) });
    const high = assessKpi(bare, plan, one('2024-Q3', 12.5), '2024-Q3', now);
    expect(high.ratio).toBeCloseTo(0.8);
    expect(high.status).toBe('at_risk');
    const zero = assessKpi(bare, plan, one('2024-Q3', 0), '2024-Q3', now);
    expect(zero.ratio).toBeNull();
    expect(zero.status).toBe('achieved'); // 0 is past the end target 4
  });

  it('maintain: distance to the year’s target against the 5 % tolerance', () => {
    const steady = kpi({
      direction: 'maintain',
      aggregation: 'mean',
      baseline: null,
      annualTargets: targets(100, 100, 100, 100),
    });
    const at = (value: number) => assessKpi(steady, plan, one('2025-Q1', value), '2025-Q1', now);
    expect(at(104)).toMatchObject({
      status: 'on_track',
      expected: 100,
      ratio: null,
      progress: null,
      expectedProgress: null,
    });
    expect(at(92).status).toBe('at_risk');
    expect(at(111).status).toBe('off_track');
    expect(assessKpi({ ...steady, tolerance: 0.15 }, plan, one('2025-Q1', 111), '2025-Q1', now).status).toBe(
      'on_track',
    );
    expect(assessKpi({ ...steady, tolerance: -1 }, plan, one('2025-Q1', 104), '2025-Q1', now).status).toBe(
      'on_track',
    );
    expect(
      assessKpi({ ...steady, tolerance: Number.NaN }, plan, one('2025-Q1', 108), '2025-Q1', now).status,
    ).toBe('at_risk');
  });

  it('maintain with a target of 0 uses the absolute gap', () => {
    const zero = kpi({ direction: 'maintain', baseline: null, annualTargets: targets(0, 0, 0, 0) });
    expect(assessKpi(zero, plan, one('2025-Q1', 0.03), '2025-Q1', now).status).toBe('on_track');
    expect(assessKpi(zero, plan, one('2025-Q1', 0.3), '2025-Q1', now).status).toBe('off_track');
  });

  it('maintain compares with the year’s own target, not the in-year trajectory', () => {
    const stepping = kpi({ direction: 'maintain', annualTargets: targets(100, 200, 200, 200) });
    const result = assessKpi(stepping, plan, one('2025-Q1', 200), '2025-Q1', now);
    expect(result.expected).toBe(125);
    expect(result.status).toBe('on_track');
  });
});

describe('status thresholds', () => {
  it('are the plan’s own when given', () => {
    const strict: RbmPlan = { ...plan, thresholds: { onTrack: 1.3, atRisk: 1 } };
    expect(assessKpi(kpi({}), strict, one('2025-Q2', 49), '2025-Q2', now).status).toBe('at_risk');
  });

  it('mark an end target reached early as achieved', () => {
    expect(assessKpi(kpi({}), plan, one('2025-Q2', 61), '2025-Q2', now).status).toBe('achieved');
  });
});

describe('kpiSeries', () => {
  it('assesses every quarter and year of the plan as seen at now', () => {
    const actuals = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map(
      (period, position) => ({
        period,
        value: 41.25 + position * 1.25,
      }),
    );
    const series = kpiSeries(kpi({}), plan, actuals, now);
    expect(series.quarters.map((q) => q.period)).toEqual([
      ...['2024', '2025', '2026', '2027'].flatMap((year) => [1, 2, 3, 4].map((q) => `${year}-Q${q}`)),
    ]);
    expect(series.quarters.map((q) => q.status)).toEqual([
      ...Array<string>(7).fill('on_track'),
      'no_data',
      ...Array<string>(8).fill('not_due'),
    ]);
    expect(series.years.map((y) => [y.period, y.status])).toEqual([
      ['2024', 'on_track'],
      ['2025', 'at_risk'],
      ['2026', 'not_due'],
      ['2027', 'not_due'],
    ]);
    expect(series.years[1]).toMatchObject({ actual: 48.75, expected: 50 });
    expect(series.quarters[15]).toMatchObject({ expected: 60, due: false });
  });

  it('agrees with assessKpi period by period', () => {
    const actuals = [{ period: '2024-Q3', value: 44 }];
    const series = kpiSeries(kpi({}), plan, actuals, now);
    const prepared = prepareKpi(kpi({}), plan, actuals);
    for (const quarter of series.quarters) {
      expect(assessKpi(kpi({}), plan, actuals, quarter.period, now)).toEqual(quarter);
    }
    expect(assessPrepared(prepared, '2024', 4 * 2025 + 3)).toEqual(series.years[0]);
  });

  it('prepares a KPI with other actuals as prepareKpi does', () => {
    const other = [
      { period: '2024-Q2', value: 30 },
      { period: '2025-Q1', value: 52 },
    ];
    for (const kpiOf of [kpi({}), kpi({ baseline: null }), kpi({ direction: 'decrease' })]) {
      const prepared = prepareKpi(kpiOf, plan, [{ period: '2024-Q3', value: 44 }]);
      expect(withActuals(prepared, other)).toEqual(prepareKpi(kpiOf, plan, other));
      // values indexed by the reader, not by quarter text: the same preparation, the map kept as handed over
      const indexed = indexActuals(other);
      const withIndexed = withValues(prepared, indexed);
      expect(withIndexed).toEqual(prepareKpi(kpiOf, plan, other));
      expect(withIndexed.values).toBe(indexed);
      expect(assessPrepared(withIndexed, '2025-Q1', 4 * 2025 + 3)).toEqual(
        assessKpi(kpiOf, plan, other, '2025-Q1', new Date('2026-01-01T00:00:00Z')),
      );
    }
  });
});
