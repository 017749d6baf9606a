import { describe, expect, it } from 'vitest';
import {
  addQuarters,
  compareQuarters,
  formatPeriod,
  formatQuarterIndex,
  isOnTime,
  isQuarterPeriod,
  isYearPeriod,
  lastCompleteQuarter,
  lastCompleteQuarterIndex,
  parsePeriod,
  periodOfIndex,
  planQuarters,
  planYears,
  quarterDueDate,
  quarterEndDate,
  quarterIndex,
  quarterIndexOf,
} from './periods.ts';

const utc = (text: string): Date => new Date(`${text}T00:00:00Z`);

describe('parsePeriod / formatPeriod', () => {
  it('parses quarters and years', () => {
    expect(parsePeriod('2025-Q3')).toEqual({ year: 2025, quarter: 3 });
    expect(parsePeriod('2025')).toEqual({ year: 2025, quarter: null });
    expect(parsePeriod('2024-Q1')).toEqual({ year: 2024, quarter: 1 });
  });

  it.each([
    '2025-Q5',
    '2025-Q0',
    '25-Q1',
    '2025Q1x',
    '2025-q1',
    '2025/Q1',
    '20a5',
    '2025-X1',
    '',
    '2025-Q',
    'abcd',
  ])('rejects %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('rejects what is not a string', () => {
    expect(parsePeriod(2025 as unknown as string)).toBeNull();
  });

  it('formats both shapes and round-trips', () => {
    expect(formatPeriod({ year: 2025, quarter: 3 })).toBe('2025-Q3');
    expect(formatPeriod({ year: 2025, quarter: null })).toBe('2025');
    expect(formatPeriod({ year: 987, quarter: 1 })).toBe('0987-Q1');
    for (const text of ['2024-Q4', '2030']) expect(formatPeriod(parsePeriod(text)!)).toBe(text);
  });

  it('tells quarters from years', () => {
    expect(isQuarterPeriod('2025-Q3')).toBe(true);
    expect(isQuarterPeriod('2025')).toBe(false);
    expect(isQuarterPeriod('nope')).toBe(false);
    expect(isYearPeriod('2025')).toBe(true);
    expect(isYearPeriod('2025-Q1')).toBe(false);
    expect(isYearPeriod('x')).toBe(false);
  });
});

describe('quarter arithmetic', () => {
  it('indexes quarters consecutively', () => {
    expect(quarterIndex(2025, 4) + 1).toBe(quarterIndex(2026, 1));
    expect(periodOfIndex(quarterIndex(2025, 3))).toEqual({ year: 2025, quarter: 3 });
    expect(formatQuarterIndex(quarterIndex(2027, 4))).toBe('2027-Q4');
    expect(quarterIndexOf('2025')).toBeNull();
    expect(quarterIndexOf('bad')).toBeNull();
    expect(quarterIndexOf('20x5-Q1')).toBeNull();
    expect(quarterIndexOf(2025 as unknown as string)).toBeNull();
  });

  it('adds quarters across years, both ways', () => {
    expect(addQuarters('2025-Q3', 2)).toBe('2026-Q1');
    expect(addQuarters('2025-Q1', -1)).toBe('2024-Q4');
    expect(addQuarters('2025-Q2', 0)).toBe('2025-Q2');
    expect(addQuarters('2024-Q1', 15)).toBe('2027-Q4');
  });

  it('refuses a fractional step or a non-quarter', () => {
    expect(() => addQuarters('2025-Q1', 1.5)).toThrow(RangeError);
    expect(() => addQuarters('2025', 1)).toThrow(RangeError);
  });

  it('compares quarters', () => {
    expect(compareQuarters('2025-Q1', '2024-Q4')).toBeGreaterThan(0);
    expect(compareQuarters('2024-Q4', '2025-Q1')).toBeLessThan(0);
    expect(compareQuarters('2025-Q2', '2025-Q2')).toBe(0);
    expect(() => compareQuarters('2025-Q2', 'x')).toThrow(RangeError);
  });

  it('lists the quarters and years of a plan', () => {
    const plan = { startYear: 2024, endYear: 2027 };
    const quarters = planQuarters(plan);
    expect(quarters).toHaveLength(16);
    expect(quarters[0]).toBe('2024-Q1');
    expect(quarters[4]).toBe('2025-Q1');
    expect(quarters[15]).toBe('2027-Q4');
    expect(planYears(plan)).toEqual([2024, 2025, 2026, 2027]);
    expect(planQuarters({ startYear: 2025, endYear: 2024 })).toEqual([]);
  });
});

describe('calendar dates (UTC)', () => {
  it('finds the last complete quarter', () => {
    expect(lastCompleteQuarter(utc('2025-07-10'))).toBe('2025-Q2');
    expect(lastCompleteQuarter(new Date('2025-07-01T00:00:00Z'))).toBe('2025-Q2');
    expect(lastCompleteQuarter(new Date('2025-06-30T23:59:59.999Z'))).toBe('2025-Q1');
    expect(lastCompleteQuarter(utc('2025-01-05'))).toBe('2024-Q4');
    expect(lastCompleteQuarter(utc('2025-12-31'))).toBe('2025-Q3');
    expect(lastCompleteQuarterIndex(utc('2026-01-01'))).toBe(quarterIndex(2025, 4));
  });

  it('refuses an invalid now', () => {
    expect(() => lastCompleteQuarter(new Date('nope'))).toThrow(RangeError);
    expect(() => lastCompleteQuarter('2025-01-01' as unknown as Date)).toThrow(RangeError);
  });

  it('gives the last day of a quarter or year', () => {
    expect(quarterEndDate('2025-Q1')).toEqual(utc('2025-03-31'));
    expect(quarterEndDate('2025-Q2')).toEqual(utc('2025-06-30'));
    expect(quarterEndDate('2025-Q3')).toEqual(utc('2025-09-30'));
    expect(quarterEndDate('2025-Q4')).toEqual(utc('2025-12-31'));
    expect(quarterEndDate('2024')).toEqual(utc('2024-12-31'));
    expect(() => quarterEndDate('2025-Q9')).toThrow(RangeError);
  });

  it('puts the due day N days after the quarter (default 15)', () => {
    expect(quarterDueDate('2025-Q3')).toEqual(utc('2025-10-15'));
    expect(quarterDueDate('2025-Q4')).toEqual(utc('2026-01-15'));
    expect(quarterDueDate('2024-Q1', 30)).toEqual(utc('2024-04-30'));
    expect(quarterDueDate('2025-Q2', 0)).toEqual(utc('2025-06-30'));
    expect(() => quarterDueDate('2025-Q2', -1)).toThrow(RangeError);
    expect(() => quarterDueDate('2025-Q2', 1.5)).toThrow(RangeError);
  });

  it('counts a submission on the due day as on time', () => {
    const due = quarterDueDate('2025-Q3');
    expect(isOnTime(new Date('2025-10-15T23:59:59Z'), due)).toBe(true);
    expect(isOnTime(new Date('2025-10-01T08:00:00Z'), due)).toBe(true);
    expect(isOnTime(new Date('2025-10-16T00:00:00Z'), due)).toBe(false);
  });
});
