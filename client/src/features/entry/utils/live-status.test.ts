import type { EntryKpi, EntryPlan } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { liveAssessment, missingForSubmit } from './live-status.ts';

const plan: EntryPlan = {
  code: 'SP',
  startYear: 2024,
  endYear: 2027,
  thresholds: { onTrack: 0.9, atRisk: 0.6 },
  reportingDeadlineDays: 15,
};
const kpi = {
  id: 1,
  code: 'K1',
  unit: 'percent',
  direction: 'increase',
  aggregation: 'last',
  frequency: 'quarterly',
  tolerance: 0.05,
  baseline: { value: 0, period: '2023' },
  annualTargets: [
    { year: 2024, value: 25 },
    { year: 2025, value: 50 },
    { year: 2026, value: 75 },
    { year: 2027, value: 100 },
  ],
  actuals: [{ period: '2026-Q2', value: 60 }],
  due: true,
} as unknown as EntryKpi;
const asOf = '2026-11-23T09:00:00Z';

describe('liveAssessment', () => {
  it('rates the typed value against the trajectory', () => {
    const good = liveAssessment(kpi, plan, '2026-Q3', asOf, 70);
    expect(good.status).toBe('on_track');
    expect(good.actual).toBe(70);
    expect(liveAssessment(kpi, plan, '2026-Q3', asOf, 10).status).toBe('off_track');
  });

  it('says no data while nothing is typed', () => {
    expect(liveAssessment(kpi, plan, '2026-Q3', asOf, null).status).toBe('no_data');
  });

  it('adds up the year for a sum KPI', () => {
    const flow = {
      ...kpi,
      unit: 'count',
      aggregation: 'sum',
      actuals: [
        { period: '2026-Q1', value: 10 },
        { period: '2026-Q2', value: 10 },
      ],
    } as EntryKpi;
    expect(liveAssessment(flow, plan, '2026-Q3', asOf, 5).actual).toBe(25);
  });
});

describe('missingForSubmit', () => {
  it('lists due KPIs without a number or a reason', () => {
    const kpis = [
      { ...kpi, code: 'A' },
      { ...kpi, code: 'B' },
      { ...kpi, code: 'C', due: false },
    ] as EntryKpi[];
    expect(missingForSubmit(kpis, (k) => k.code === 'A')).toEqual(['B']);
  });
});
