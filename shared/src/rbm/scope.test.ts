import { describe, expect, it } from 'vitest';
import { isRegionallyComparable, latestDuePeriod } from './scope.ts';

const plan = { startYear: 2024, endYear: 2027 };

describe('isRegionallyComparable', () => {
  it('judges regional levels and rates against the targets, but not regional counts or amounts', () => {
    expect(isRegionallyComparable({ unit: 'percent' })).toBe(true);
    expect(isRegionallyComparable({ unit: 'days' })).toBe(true);
    expect(isRegionallyComparable({ unit: 'ratio' })).toBe(true);
    expect(isRegionallyComparable({ unit: 'number' })).toBe(true);
    expect(isRegionallyComparable({ unit: 'count' })).toBe(false);
    expect(isRegionallyComparable({ unit: 'currency' })).toBe(false);
  });
});

describe('latestDuePeriod', () => {
  it('is the last complete quarter for quarterly KPIs', () => {
    expect(latestDuePeriod({ frequency: 'quarterly' }, plan, new Date('2026-11-23T00:00:00Z'))).toBe(
      '2026-Q3',
    );
  });

  it('is the latest Q4 at or before it for annual KPIs', () => {
    expect(latestDuePeriod({ frequency: 'annual' }, plan, new Date('2026-11-23T00:00:00Z'))).toBe('2025-Q4');
    expect(latestDuePeriod({ frequency: 'annual' }, plan, new Date('2026-01-05T00:00:00Z'))).toBe('2025-Q4');
    expect(latestDuePeriod({ frequency: 'annual' }, plan, new Date('2025-12-31T00:00:00Z'))).toBe('2024-Q4');
  });

  it('stops at the plan end once the plan is over', () => {
    expect(latestDuePeriod({ frequency: 'quarterly' }, plan, new Date('2031-03-01T00:00:00Z'))).toBe(
      '2027-Q4',
    );
    expect(latestDuePeriod({ frequency: 'annual' }, plan, new Date('2031-03-01T00:00:00Z'))).toBe('2027-Q4');
  });

  it('is the first period of the plan (not yet due) before anything is due', () => {
    expect(latestDuePeriod({ frequency: 'quarterly' }, plan, new Date('2024-02-01T00:00:00Z'))).toBe(
      '2024-Q1',
    );
    expect(latestDuePeriod({ frequency: 'annual' }, plan, new Date('2024-08-01T00:00:00Z'))).toBe('2024-Q4');
  });
});
