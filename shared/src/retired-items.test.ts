import { describe, expect, it } from 'vitest';
import { frameworkMomentOfYear, inFramework, inFrameworkAt } from './retired-items.ts';

const retired = (at: string | null) => ({ retiredAt: at });

describe('retired framework items', () => {
  it('keeps an item in the framework until the moment it retires, and not from then on', () => {
    const at = '2026-05-10T09:00:00.000Z';
    expect(inFrameworkAt(retired(null), new Date('2030-01-01'))).toBe(true);
    expect(inFrameworkAt(retired(at), new Date('2026-05-10T08:59:59.999Z'))).toBe(true);
    expect(inFrameworkAt(retired(at), new Date(at))).toBe(false);
    expect(inFrameworkAt(retired(at), new Date('2026-11-23'))).toBe(false);
  });

  it('filters a list, keeping its order', () => {
    const items = [
      { code: 'A', retiredAt: null },
      { code: 'B', retiredAt: '2026-01-02T00:00:00.000Z' },
      { code: 'C', retiredAt: '2027-01-02T00:00:00.000Z' },
    ];
    expect(inFramework(items, new Date('2026-06-30')).map((i) => i.code)).toEqual(['A', 'C']);
    expect(inFramework(items, new Date('2025-12-31')).map((i) => i.code)).toEqual(['A', 'B', 'C']);
  });

  it("reads a past year's report at the end of that year, the year under way now", () => {
    const now = new Date('2026-11-23T12:00:00.000Z');
    expect(frameworkMomentOfYear(2025, now).toISOString()).toBe('2025-12-31T23:59:59.999Z');
    expect(frameworkMomentOfYear(2026, now)).toBe(now);
    expect(frameworkMomentOfYear(2027, now)).toBe(now);
    // retired in 2026: in the 2025 report, not in the 2026 one
    const item = retired('2026-03-01T00:00:00.000Z');
    expect(inFrameworkAt(item, frameworkMomentOfYear(2025, now))).toBe(true);
    expect(inFrameworkAt(item, frameworkMomentOfYear(2026, now))).toBe(false);
  });
});
