import { describe, expect, it } from 'vitest';
import { formatStatistic, formatTick, formatYear, unitKey } from './statistic-format.ts';

describe('statistic formatting', () => {
  it('writes shares with a percent sign and ratios bare', () => {
    expect(formatStatistic(74, '%', 'en')).toBe('74%');
    expect(formatStatistic(1.4, '% GNI p.c.', 'en')).toBe('1.4%');
    expect(formatStatistic(0.94, 'ratio', 'en')).toBe('0.94');
    expect(formatStatistic(6, 'bn', 'en')).toBe('6 bn');
    expect(formatStatistic(74.5, '%', 'fr')).toMatch(/^74,5[\s\u202f\u00a0]?%$/);
  });
  it('labels ticks and years for the language', () => {
    expect(formatTick(20, '% pop', 'en')).toBe('20%');
    expect(formatTick(1000, 'economies', 'en')).toBe('1,000');
    expect(formatYear(2030, 'en')).toBe('2030');
    expect(formatYear(2030, 'ar')).toMatch(/^[٠-٩0-9]{4}$/);
  });
  it('names the units it can translate', () => {
    expect(unitKey('%')).toBe('percent');
    expect(unitKey('% GNI p.c.')).toBe('percentGni');
    expect(unitKey('furlongs')).toBeNull();
  });
});
