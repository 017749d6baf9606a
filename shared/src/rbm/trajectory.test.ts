import { describe, expect, it } from 'vitest';
import type { RbmKpi, RbmPlan } from './model.ts';
import {
  annualTarget,
  buildTrajectory,
  endTarget,
  expectedValue,
  isTrackedQuarter,
  kpiStartQuarter,
  levelAt,
} from './trajectory.ts';
import { quarterIndex } from './periods.ts';

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };

function kpi(overrides: Partial<RbmKpi>): RbmKpi {
  return {
    id: 'k',
    direction: 'increase',
    aggregation: 'last',
    frequency: 'quarterly',
    unit: 'percent',
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

describe('expected value of a last / mean KPI', () => {
  it('runs steadily from the baseline through each year', () => {
    const level = kpi({});
    expect(expectedValue(level, plan, '2024-Q1')).toBeCloseTo(41.25);
    expect(expectedValue(level, plan, '2024-Q4')).toBe(45);
    expect(expectedValue(level, plan, '2025-Q2')).toBe(47.5); // rbm-method.md: 45 + 5 x 2/4
    expect(expectedValue(level, plan, '2027-Q4')).toBe(60);
    expect(expectedValue(level, plan, '2025')).toBe(50);
    expect(expectedValue({ ...level, aggregation: 'mean' }, plan, '2026-Q1')).toBe(51.25);
  });

  it('starts from the baseline in the first year even when the baseline is older', () => {
    const old = kpi({ baseline: { value: 40, period: '2021-Q2' } });
    expect(expectedValue(old, plan, '2024-Q2')).toBe(42.5);
  });

  it('interpolates a year without a target between its neighbours', () => {
    const gappy = kpi({
      annualTargets: [
        { year: 2024, value: 45 },
        { year: 2027, value: 60 },
      ],
    });
    expect(annualTarget(gappy, plan, 2025)).toBeCloseTo(50);
    expect(annualTarget(gappy, plan, 2026)).toBeCloseTo(55);
    expect(expectedValue(gappy, plan, '2025-Q2')).toBeCloseTo(47.5);
  });

  it('interpolates from the baseline when the first targets come later', () => {
    const late = kpi({ baseline: { value: 10, period: '2023' }, annualTargets: [{ year: 2025, value: 30 }] });
    expect(annualTarget(late, plan, 2024)).toBe(20);
    expect(expectedValue(late, plan, '2024-Q2')).toBe(15);
    expect(kpiStartQuarter(late, plan)).toBe('2024-Q1');
  });

  it('holds the last target flat after it and reads the end target off the plan end', () => {
    const short = kpi({
      annualTargets: [
        { year: 2024, value: 45 },
        { year: 2025, value: 50 },
      ],
    });
    expect(endTarget(short, plan)).toBe(50);
    expect(expectedValue(short, plan, '2027-Q2')).toBe(50);
    const toward2030 = kpi({
      annualTargets: [
        { year: 2024, value: 45 },
        { year: 2030, value: 75 },
      ],
    });
    expect(endTarget(toward2030, plan)).toBeCloseTo(60);
  });

  it('without a baseline expects the first target in every quarter of the first year', () => {
    const bare = kpi({
      baseline: null,
      annualTargets: [
        { year: 2024, value: 50 },
        { year: 2025, value: 60 },
      ],
    });
    for (const quarter of [1, 2, 3, 4]) expect(expectedValue(bare, plan, `2024-Q${quarter}`)).toBe(50);
    expect(expectedValue(bare, plan, '2025-Q2')).toBe(55);
    expect(kpiStartQuarter(bare, plan)).toBe('2024-Q1');
  });

  it('sorts targets by year and keeps the later of two values for one year', () => {
    const messy = kpi({
      annualTargets: [
        { year: 2026, value: 55 },
        { year: 2024, value: 44 },
        { year: 2027, value: 60 },
        { year: 2025, value: 50 },
        { year: 2024, value: 45 },
      ],
    });
    expect(buildTrajectory(messy, plan)!.times).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(buildTrajectory(messy, plan)!.values).toEqual([40, 45, 50, 55, 60]);
  });

  it('treats a baseline that is not a finite number as no baseline', () => {
    const broken = kpi({ baseline: { value: Number.NaN, period: '2023' } });
    expect(expectedValue(broken, plan, '2024-Q2')).toBe(45);
  });

  it('puts a baseline with an unreadable period at the start of the plan', () => {
    const odd = kpi({ baseline: { value: 40, period: 'baseline' } });
    expect(expectedValue(odd, plan, '2024-Q2')).toBe(42.5);
  });
});

describe('a KPI added mid-plan', () => {
  const midPlan = kpi({
    baseline: { value: 20, period: '2025-Q2' },
    annualTargets: [
      { year: 2024, value: 99 },
      { year: 2025, value: 30 },
      { year: 2026, value: 40 },
    ],
  });

  it('is tracked from the quarter after its baseline', () => {
    expect(kpiStartQuarter(midPlan, plan)).toBe('2025-Q3');
    const trajectory = buildTrajectory(midPlan, plan)!;
    expect(isTrackedQuarter(trajectory, plan, quarterIndex(2025, 2))).toBe(false);
    expect(isTrackedQuarter(trajectory, plan, quarterIndex(2025, 3))).toBe(true);
    expect(isTrackedQuarter(trajectory, plan, quarterIndex(2028, 1))).toBe(false);
  });

  it('runs from its baseline to its first target over the time between them', () => {
    expect(expectedValue(midPlan, plan, '2025-Q3')).toBe(25);
    expect(expectedValue(midPlan, plan, '2025-Q4')).toBe(30);
    expect(expectedValue(midPlan, plan, '2026-Q2')).toBe(35);
  });

  it('ignores targets set before its baseline', () => {
    expect(buildTrajectory(midPlan, plan)!.values).toEqual([20, 30, 40]);
  });

  it('without a baseline, starts with its first target year', () => {
    const later = kpi({ baseline: null, annualTargets: [{ year: 2026, value: 70 }] });
    expect(kpiStartQuarter(later, plan)).toBe('2026-Q1');
  });
});

describe('sum KPIs', () => {
  const flow = kpi({ aggregation: 'sum', baseline: null, annualTargets: [{ year: 2025, value: 1000 }] });

  it('expect the year target pro rata, year to date', () => {
    expect(expectedValue(flow, plan, '2025-Q1')).toBe(250);
    expect(expectedValue(flow, plan, '2025-Q3')).toBe(750);
    expect(expectedValue(flow, plan, '2025')).toBe(1000);
  });

  it('interpolate a missing year target from the baseline as a year flow', () => {
    const growing = kpi({
      aggregation: 'sum',
      baseline: { value: 600, period: '2023' },
      annualTargets: [{ year: 2025, value: 1000 }],
    });
    expect(annualTarget(growing, plan, 2024)).toBe(800);
    expect(expectedValue(growing, plan, '2024-Q2')).toBe(400);
  });
});

describe('nothing to expect', () => {
  it('has no trajectory without a usable target', () => {
    const none = kpi({ annualTargets: [] });
    expect(buildTrajectory(none, plan)).toBeNull();
    expect(expectedValue(none, plan, '2025-Q1')).toBeNull();
    expect(endTarget(none, plan)).toBeNull();
    expect(kpiStartQuarter(none, plan)).toBeNull();
    expect(buildTrajectory(kpi({ annualTargets: [{ year: 2025, value: Number.NaN }] }), plan)).toBeNull();
    expect(buildTrajectory(kpi({ annualTargets: [{ year: 2025.5, value: 3 }] }), plan)).toBeNull();
  });

  it('has no trajectory when every target precedes the baseline', () => {
    const stale = kpi({
      baseline: { value: 5, period: '2026-Q4' },
      annualTargets: [{ year: 2026, value: 9 }],
    });
    expect(buildTrajectory(stale, plan)).toBeNull();
  });

  it('refuses an invalid period', () => {
    expect(expectedValue(kpi({}), plan, '2025-Q5')).toBeNull();
  });
});

describe('levelAt', () => {
  it('is flat outside its anchors and exact at them', () => {
    const trajectory = { times: [2024, 2026], values: [10, 30], startIndex: 0 };
    expect(levelAt(trajectory, 2000)).toBe(10);
    expect(levelAt(trajectory, 2025)).toBe(20);
    expect(levelAt(trajectory, 2026)).toBe(30);
    expect(levelAt(trajectory, 2100)).toBe(30);
    const three = { times: [0, 1, 3], values: [0.1, 0.7, 0.3], startIndex: 0 };
    expect(levelAt(three, 1)).toBe(0.7);
    expect(levelAt(three, 2)).toBeCloseTo(0.5);
  });
});
