import { describe, expect, it } from 'vitest';
import { daysLate, quarterDueDate, quarterSubmittableFrom } from './periods.ts';
import { validateDraftPeriod, validateValuePeriod } from './values.ts';

const utc = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('validateDraftPeriod', () => {
  const plan = { startYear: 2024, endYear: 2027 };
  const now = new Date('2026-11-23T09:00:00Z');

  it('accepts the quarter in progress as well as complete ones', () => {
    expect(validateValuePeriod(plan, '2026-Q4', now)).toBe('period_not_complete');
    expect(validateDraftPeriod(plan, '2026-Q4', now)).toBeNull();
    expect(validateDraftPeriod(plan, '2026-Q3', now)).toBeNull();
  });

  it('still refuses a later quarter, another plan year, a non-quarter and a non-reporting quarter', () => {
    expect(validateDraftPeriod(plan, '2027-Q1', now)).toBe('period_not_complete');
    expect(validateDraftPeriod(plan, '2023-Q4', now)).toBe('period_outside_plan');
    expect(validateDraftPeriod(plan, '2026', now)).toBe('period_invalid');
    expect(validateDraftPeriod(plan, '2026-Q3', now, 'annual')).toBe('period_not_reporting_quarter');
    expect(validateDraftPeriod(plan, '2026-Q4', now, 'annual')).toBeNull();
    expect(validateDraftPeriod(plan, '2025-Q1', new Date('2025-02-01T00:00:00Z'), 'annual')).toBe(
      'period_not_reporting_quarter',
    );
  });
});

describe('quarterSubmittableFrom', () => {
  it('is the day after the quarter ends', () => {
    expect(quarterSubmittableFrom('2026-Q4')).toEqual(utc('2027-01-01'));
    expect(quarterSubmittableFrom('2026-Q1')).toEqual(utc('2026-04-01'));
  });
});

describe('daysLate', () => {
  const due = quarterDueDate('2026-Q3'); // 15 October 2026

  it('counts whole days after the due day', () => {
    expect(daysLate(due, new Date('2026-12-03T10:00:00Z'))).toBe(49);
    expect(daysLate(due, new Date('2026-10-16T00:30:00Z'))).toBe(1);
  });

  it('is 0 on or before the due day', () => {
    expect(daysLate(due, new Date('2026-10-15T23:59:59Z'))).toBe(0);
    expect(daysLate(due, new Date('2026-09-01T00:00:00Z'))).toBe(0);
  });
});
