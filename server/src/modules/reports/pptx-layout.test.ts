import { describe, expect, it } from 'vitest';
import { exportLocale } from './export-texts/index.ts';
import { countAxis, deckLayout, SLIDE_WIDTH } from './pptx-layout.ts';

describe('countAxis', () => {
  it('steps by whole numbers, about ten gridlines at most, from 0 to a multiple of the step', () => {
    expect(countAxis(0)).toEqual({ step: 1, max: 1 });
    expect(countAxis(3)).toEqual({ step: 1, max: 3 });
    expect(countAxis(10)).toEqual({ step: 1, max: 10 });
    expect(countAxis(11)).toEqual({ step: 2, max: 12 });
    expect(countAxis(42)).toEqual({ step: 5, max: 45 });
    expect(countAxis(150)).toEqual({ step: 20, max: 160 });
    for (let max = 0; max <= 2000; max += 7) {
      const axis = countAxis(max);
      expect(Number.isInteger(axis.step) && axis.step >= 1).toBe(true);
      expect(axis.max).toBeGreaterThanOrEqual(max);
      expect(axis.max / axis.step).toBeLessThanOrEqual(10);
    }
  });
});

describe('deckLayout', () => {
  it('mirrors boxes and table columns in Arabic only', () => {
    const ar = deckLayout(exportLocale('ar'));
    const en = deckLayout(exportLocale('en'));
    expect(en.box(0.5, 1, 4, 2)).toEqual({ x: 0.5, y: 1, w: 4, h: 2 });
    expect(ar.box(0.5, 1, 4, 2).x).toBeCloseTo(SLIDE_WIDTH - 4.5);
    expect(ar.columns(['code', 'name'])).toEqual(['name', 'code']);
    expect(en.columns(['code', 'name'])).toEqual(['code', 'name']);
    expect(ar.text()).toMatchObject({ rtlMode: true, align: 'right', lang: 'ar-SA' });
    expect(en.text()).not.toHaveProperty('rtlMode');
  });
});
