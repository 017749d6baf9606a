import { describe, expect, it } from 'vitest';
import { formatAmount, formatDateTime, formatKpiValue, formatNumber } from './format.ts';

describe('formatting for the language', () => {
  it('writes numbers with the language’s separators', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(1234.5, 'ru')).toBe('1\u00a0234,5');
  });

  it('writes a percentage unit as the language does, keeping the rest of the unit', () => {
    expect(formatAmount(67.4, '%', 'en')).toBe('67.4%');
    expect(formatAmount(67.4, '%', 'fr')).toBe('67,4\u00a0%');
    expect(formatAmount(2, '% GNI p.c.', 'en')).toBe('2% GNI p.c.');
    expect(formatAmount(120, 'countries', 'es')).toBe('120 countries');
    expect(formatAmount(5, '', 'en')).toBe('5');
  });

  it('formats KPI values by unit', () => {
    expect(formatKpiValue(null, 'percent', 'en')).toBe('–');
    expect(formatKpiValue(45, 'percent', 'fr')).toBe('45\u00a0%');
    expect(formatKpiValue(1234.56, 'count', 'en')).toBe('1,235');
  });

  it('formats a date in the language and leaves a non-date alone', () => {
    expect(formatDateTime('2026-11-23T09:00:00Z', 'fr')).toMatch(/2026/);
    expect(formatDateTime('2026-11-23T09:00:00Z', 'zh')).toMatch(/2026年11月23日/);
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});
