import { describe, expect, it } from 'vitest';
import { formatPeriod, formatQuarter } from './period-label.ts';

const arabicYear = new Intl.NumberFormat('ar', { useGrouping: false }).format(2026);

describe('formatPeriod', () => {
  it('writes a quarter the way each language does, never as the code', () => {
    expect(formatPeriod('2026-Q3', 'en')).toBe('Q3 2026');
    expect(formatPeriod('2026-Q3', 'fr')).toBe('T3 2026');
    expect(formatPeriod('2026-Q3', 'es')).toBe('T3 2026');
    expect(formatPeriod('2026-Q3', 'ar')).toBe(`الربع الثالث ${arabicYear}`);
    expect(formatPeriod('2026-Q1', 'ru')).toBe('I кв. 2026');
    expect(formatPeriod('2026-Q4', 'ru')).toBe('IV кв. 2026');
    expect(formatPeriod('2026-Q3', 'zh')).toBe('2026年第三季度');
    for (const language of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
      expect(formatPeriod('2026-Q3', language)).not.toMatch(/2026-Q3|Q3-2026/);
    }
  });

  it('writes a year without a thousands separator and leaves anything else as it is', () => {
    expect(formatPeriod('2026', 'ru')).toBe('2026');
    expect(formatPeriod('2026', 'ar')).toBe(arabicYear);
    expect(formatPeriod('2026-H1', 'en')).toBe('2026-H1');
  });

  it('takes a quarter as numbers too, and regional language tags', () => {
    expect(formatQuarter(2027, 2, 'zh')).toBe('2027年第二季度');
    expect(formatPeriod('2026-Q2', 'en-GB')).toBe('Q2 2026');
  });
});
