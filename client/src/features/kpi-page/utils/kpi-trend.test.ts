import { describe, expect, it } from 'vitest';
import type { KpiDetail, SeriesPoint } from '@rbm/shared/schemas';
import {
  kpiTrend,
  latestScore,
  quarterOfX,
  quarterX,
  regionalBreakdown,
  reportedQuarters,
} from './kpi-trend.ts';

function point(period: string, actual: number | null, overrides: Partial<SeriesPoint> = {}): SeriesPoint {
  return {
    period,
    actual,
    expected: 10,
    progress: null,
    expectedProgress: null,
    ratio: actual === null ? null : actual / 10,
    status: actual === null ? 'no_data' : 'on_track',
    due: true,
    state: actual === null ? null : 'approved',
    target: 12,
    ...overrides,
  };
}

const forecast: NonNullable<KpiDetail['forecast']> = {
  slopePerYear: 4,
  projectedAtPlanEnd: 20,
  projectedAtHorizon: 30,
  horizonYear: 2030,
  endTarget: 20,
  meetsEndTarget: true,
  crossingYear: 2027,
  line: [2024, 2025, 2026, 2027].map((year) => ({ year, value: year - 2010 })),
};

describe('quarter positions', () => {
  it('puts a quarter at its end as a decimal year, and back', () => {
    expect(quarterX('2025-Q3')).toBe(2025.75);
    expect(quarterX('2025-Q4')).toBe(2026);
    expect(quarterX('2025')).toBeNaN();
    expect(quarterOfX(2025.75)).toEqual({ year: 2025, quarter: 3 });
    expect(quarterOfX(2026)).toEqual({ year: 2025, quarter: 4 });
    expect(quarterOfX(2025.25)).toEqual({ year: 2025, quarter: 1 });
  });
});

describe('kpiTrend', () => {
  const detail = {
    series: {
      quarters: [point('2025-Q3', 8), point('2025-Q4', 11, { status: 'achieved' }), point('2026-Q1', null)],
      years: [],
    },
    forecast,
    revisions: [
      { year: 2026, oldValue: 12, newValue: 14, reason: 'r', revisedBy: 'admin', revisedAt: '2026-02-01' },
      { year: 2026, oldValue: 14, newValue: 15, reason: 'r', revisedBy: 'admin', revisedAt: '2026-03-01' },
    ],
  };
  it('gives each quarter its actual, status, expected and target, and the forecast from the last reported quarter', () => {
    const trend = kpiTrend(detail, (year) => `rev ${year}`);
    expect(trend.rows[0]).toEqual({ x: 2025.75, actual: 8, status: 'on_track', expected: 10, target: 12 });
    expect(trend.rows[1]).toMatchObject({ x: 2026, actual: 11, status: 'achieved', forecast: 15 });
    expect(trend.rows[2]).toMatchObject({ x: 2026.25, actual: null, status: null });
    expect(trend.rows.slice(3)).toEqual([
      { x: 2027, forecast: 16 },
      { x: 2028, forecast: 17 },
    ]);
    expect(trend.ticks).toEqual([2025.75, 2026, 2026.25, 2027, 2028]);
  });
  it('marks each revised year once, at the end of that year', () => {
    expect(kpiTrend(detail, (year) => `rev ${year}`).markers).toEqual([{ x: 2027, label: 'rev 2026' }]);
  });
  it('draws no forecast without one or without any reported quarter', () => {
    expect(kpiTrend({ ...detail, forecast: null }, String).rows).toHaveLength(3);
    const none = { ...detail, series: { quarters: [point('2025-Q3', null)], years: [] } };
    expect(kpiTrend(none, String).rows).toHaveLength(1);
  });
  it('scales the value axis to every line', () => {
    expect(kpiTrend(detail, String).domain).toEqual([0, 20]);
  });
});

describe('regionalBreakdown', () => {
  it("takes the latest quarter any region reported, with each region's value and status", () => {
    const breakdown = regionalBreakdown([
      { region: 'AFR', quarters: [point('2026-Q2', 5), point('2026-Q3', 7, { status: 'at_risk' })] },
      { region: 'EUR', quarters: [point('2026-Q2', 9), point('2026-Q3', null)] },
      { region: 'CIS', quarters: [] },
    ]);
    expect(breakdown).toEqual({
      period: '2026-Q3',
      bars: [
        { region: 'AFR', value: 7, status: 'at_risk' },
        { region: 'EUR', value: null, status: 'no_data' },
        { region: 'CIS', value: null, status: 'no_data' },
      ],
    });
  });
  it('is null when no region reported', () => {
    expect(regionalBreakdown([{ region: 'AFR', quarters: [point('2026-Q2', null)] }])).toBeNull();
    expect(regionalBreakdown([])).toBeNull();
  });
});

describe('reportedQuarters and latestScore', () => {
  it('counts due quarters with a value', () => {
    expect(
      reportedQuarters([point('2025-Q3', 8), point('2025-Q4', null), point('2026-Q1', null, { due: false })]),
    ).toEqual({
      reported: 1,
      due: 2,
    });
  });
  it('scores the latest assessment as roll-ups do', () => {
    expect(latestScore({ direction: 'increase', latest: point('2025-Q3', 8) })).toBeCloseTo(0.8);
    expect(latestScore({ direction: 'increase', latest: point('2025-Q3', null) })).toBeNull();
  });
});
