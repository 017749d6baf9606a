import type { EntryKpi, EntryPlan } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { liveAssessment } from './live-status.ts';
import { entryYearToDate, showsYearToDate } from './year-to-date.ts';

const plan: EntryPlan = {
  code: 'SP',
  startYear: 2024,
  endYear: 2027,
  thresholds: { onTrack: 0.9, atRisk: 0.6 },
  reportingDeadlineDays: 15,
};
// The case: a 35,000,000 year, three quarters in: 26,250,000 expected by the end of Q3.
const flow = {
  id: 1,
  code: 'D4-K1',
  unit: 'currency',
  direction: 'increase',
  aggregation: 'sum',
  frequency: 'quarterly',
  tolerance: 0.05,
  baseline: null,
  annualTargets: [
    { year: 2024, value: 20_000_000 },
    { year: 2025, value: 30_000_000 },
    { year: 2026, value: 35_000_000 },
    { year: 2027, value: 40_000_000 },
  ],
  actuals: [
    { period: '2025-Q4', value: 9_000_000 },
    { period: '2026-Q1', value: 8_000_000 },
    { period: '2026-Q2', value: 9_000_000 },
  ],
  due: true,
} as unknown as EntryKpi;

describe('entryYearToDate', () => {
  it("adds this quarter to the year's earlier quarters, not last year's", () => {
    expect(entryYearToDate(flow, '2026-Q3', 6_120_000)).toBe(23_120_000);
    expect(entryYearToDate(flow, '2026-Q1', 8_500_000)).toBe(8_500_000);
  });

  it('is the figure the live status rates, against the year-to-date expectation', () => {
    const live = liveAssessment(flow, plan, '2026-Q3', '2026-11-23T09:00:00Z', 6_120_000);
    expect(live.actual).toBe(entryYearToDate(flow, '2026-Q3', 6_120_000));
    expect(live.expected).toBe(26_250_000);
    // 23.12 M of 26.25 M expected (r = 0.88); the quarter alone (6.12 M, r = 0.23) would be off track.
    expect(live.status).toBe('at_risk');
  });

  it('is none without a figure this quarter, and for KPIs that are not quarterly flows', () => {
    expect(entryYearToDate(flow, '2026-Q3', null)).toBeNull();
    const level = { ...flow, aggregation: 'last' } as EntryKpi;
    expect(showsYearToDate(level)).toBe(false);
    expect(entryYearToDate(level, '2026-Q3', 5)).toBeNull();
    expect(showsYearToDate({ aggregation: 'sum', frequency: 'annual' })).toBe(false);
  });
});

describe('liveAssessment of the quarter in progress', () => {
  it('rates a draft as if the quarter had ended, instead of "not due"', () => {
    const draft = liveAssessment(flow, plan, '2026-Q4', '2026-11-23T09:00:00Z', 10_000_000);
    expect(draft.status).not.toBe('not_due');
    expect(draft.actual).toBe(27_000_000);
    expect(draft.expected).toBe(35_000_000);
  });
});
