import { describe, expect, it } from 'vitest';
import { periodText } from './period-text.ts';

describe('periodText', () => {
  it("writes a quarter or a year the language's way, between directional isolates", () => {
    expect(periodText('2026-Q3', 'en')).toBe('\u2068Q3 2026\u2069');
    expect(periodText('2026', 'en')).toBe('\u20682026\u2069');
    expect(periodText('2026-Q2', 'ar')).toMatch(/^\u2068.*2026\u2069$/);
  });
});
