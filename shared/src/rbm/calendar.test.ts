import { describe, expect, it } from 'vitest';
import { isValueDue, reportingCalendar, reportingDueDate, type ReportedValue } from './calendar.ts';
import type { RbmKpi, RbmPlan } from './model.ts';
import { prepareKpi } from './status.ts';

const plan: RbmPlan = { startYear: 2024, endYear: 2027 };
const utc = (text: string): Date => new Date(`${text}T12:00:00Z`);

function kpi(id: string, overrides: Partial<RbmKpi> = {}): RbmKpi {
  return {
    id,
    direction: 'increase',
    aggregation: 'last',
    frequency: 'quarterly',
    unit: 'number',
    baseline: { value: 1, period: '2023' },
    annualTargets: [{ year: 2027, value: 10 }],
    ...overrides,
  };
}

const quarterly = kpi('k1');
const annual = kpi('k2', { frequency: 'annual' });
const midPlan = kpi('k3', { baseline: { value: 1, period: '2025-Q2' } });
const noTargets = kpi('k4', { annualTargets: [] });
const kpis = [quarterly, annual, midPlan, noTargets];

const values: ReportedValue[] = [
  { kpiId: 'k1', period: '2024-Q1', submittedAt: utc('2024-05-01') },
  { kpiId: 'k1', period: '2024-Q1', submittedAt: utc('2024-04-10') },
  { kpiId: 'k1', period: '2024-Q1', submittedAt: null },
  { kpiId: 'k1', period: '2024-Q2', submittedAt: utc('2024-07-20') },
  { kpiId: 'k1', period: '2024-Q2', submittedAt: utc('2024-07-25') },
  { kpiId: 'k1', period: '2024-Q3', submittedAt: null },
  { kpiId: 'k1', period: '2024-Q4', submittedAt: utc('2025-01-05') },
  { kpiId: 'k1', period: '2024', submittedAt: utc('2025-01-05') },
  { kpiId: 'k4', period: '2024-Q4', submittedAt: utc('2025-01-05') },
  { kpiId: 'k2', period: '2024-Q2', submittedAt: utc('2024-07-01') },
];

describe('reportingDueDate', () => {
  it('is 15 days after the quarter by default, or the plan’s own deadline', () => {
    expect(reportingDueDate(plan, '2025-Q3')).toEqual(new Date('2025-10-15T00:00:00Z'));
    expect(reportingDueDate({ ...plan, reportingDeadlineDays: 30 }, '2025-Q3')).toEqual(
      new Date('2025-10-30T00:00:00Z'),
    );
  });
});

describe('isValueDue', () => {
  it('follows the KPI’s frequency and tracking, inside the plan', () => {
    expect(isValueDue(quarterly, plan, '2024-Q2')).toBe(true);
    expect(isValueDue(annual, plan, '2024-Q2')).toBe(false);
    expect(isValueDue(annual, plan, '2024-Q4')).toBe(true);
    expect(isValueDue(midPlan, plan, '2025-Q2')).toBe(false);
    expect(isValueDue(midPlan, plan, '2025-Q3')).toBe(true);
    expect(isValueDue(noTargets, plan, '2025-Q3')).toBe(false);
    expect(isValueDue(quarterly, plan, '2028-Q1')).toBe(false);
    expect(isValueDue(quarterly, plan, '2023-Q4')).toBe(false);
    expect(isValueDue(quarterly, plan, '2025')).toBe(false);
  });

  it('answers the same from the trajectory a prepared KPI already has', () => {
    for (const k of kpis) {
      const { trajectory } = prepareKpi(k, plan, []);
      for (const period of ['2023-Q4', '2024-Q2', '2024-Q4', '2025-Q2', '2025-Q3', '2028-Q1', '2025']) {
        expect(isValueDue(k, plan, period, trajectory)).toBe(isValueDue(k, plan, period));
      }
    }
  });
});

describe('reportingCalendar', () => {
  const summary = reportingCalendar(kpis, plan, values, utc('2025-01-10'));

  it('covers the complete quarters of the plan', () => {
    expect(summary.quarters.map((quarter) => quarter.period)).toEqual([
      '2024-Q1',
      '2024-Q2',
      '2024-Q3',
      '2024-Q4',
    ]);
    expect(summary.quarters.map((quarter) => quarter.valuesDue)).toEqual([1, 1, 1, 2]);
  });

  it('measures completeness: values reported / values due', () => {
    expect(summary.quarters.map((quarter) => quarter.completeness)).toEqual([1, 1, 1, 0.5]);
    expect(summary.reported).toBe(4);
    expect(summary.valuesDue).toBe(5);
    expect(summary.completeness).toBeCloseTo(0.8);
  });

  it('measures timeliness: submitted by the due day (earliest submission) / due, once the day is over', () => {
    expect(summary.quarters.map((quarter) => quarter.submittedOnTime)).toEqual([1, 0, 0, 1]);
    expect(summary.quarters.map((quarter) => quarter.timeliness)).toEqual([1, 0, 0, null]);
    expect(summary.quarters.map((quarter) => quarter.deadlinePassed)).toEqual([true, true, true, false]);
    expect(summary.quarters[3]!.dueDate).toEqual(new Date('2025-01-15T00:00:00Z'));
    expect(summary.valuesPastDeadline).toBe(3);
    expect(summary.submittedOnTime).toBe(1);
    expect(summary.timeliness).toBeCloseTo(1 / 3);
  });

  it('counts the due day itself as on time and follows the plan’s deadline', () => {
    const lenient = reportingCalendar(
      [quarterly],
      { ...plan, reportingDeadlineDays: 20 },
      values,
      utc('2025-03-01'),
    );
    expect(lenient.quarters.map((quarter) => quarter.timeliness)).toEqual([1, 1, 0, 1]);
  });

  it('stops at the plan’s end and has nothing to measure before its start', () => {
    expect(reportingCalendar(kpis, plan, [], utc('2031-01-01')).quarters).toHaveLength(16);
    const before = reportingCalendar(kpis, plan, values, utc('2023-06-01'));
    expect(before).toMatchObject({ quarters: [], valuesDue: 0, completeness: null, timeliness: null });
  });

  it('gives null shares for a quarter where nothing is due', () => {
    const none = reportingCalendar([noTargets], plan, [], utc('2024-05-01'));
    expect(none.quarters).toEqual([
      {
        period: '2024-Q1',
        dueDate: new Date('2024-04-15T00:00:00Z'),
        deadlinePassed: true,
        valuesDue: 0,
        reported: 0,
        submittedOnTime: 0,
        completeness: null,
        timeliness: null,
      },
    ]);
  });
});
