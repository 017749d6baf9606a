import { describe, expect, it } from 'vitest';
import { fitTicks, labelWidth, valueAxisWidth, valueTicks } from './axis-fit.ts';

const quarters = Array.from({ length: 16 }, (_, i) => 2024.25 + i * 0.25);
const label = (x: number) => `Q${Math.round((x % 1 || 1) * 4)} ${Math.ceil(x) - 1}`;

describe('fitTicks', () => {
  it('keeps every quarter when there is room, the one before the last included', () => {
    const ticks = fitTicks(quarters, label, 1000);
    expect(ticks).toEqual(quarters);
    expect(ticks.map(label)).toContain('Q3 2027');
  });
  it('keeps every k-th counted back from the last on a narrow axis', () => {
    const ticks = fitTicks(quarters, label, 280);
    expect(ticks.at(-1)).toBe(quarters.at(-1));
    expect(ticks.length).toBeLessThan(quarters.length);
    const gaps = ticks.slice(1).map((x, i) => x - ticks[i]!);
    expect(new Set(gaps).size).toBe(1);
    // no two labels overlap
    expect(gaps[0]! * (280 / 3.75)).toBeGreaterThanOrEqual(labelWidth('Q4 2027'));
  });
  it('thins quarters followed by year ends by distance, so labels never crowd', () => {
    const mixed = [...quarters, 2029, 2030, 2031];
    const ticks = fitTicks(mixed, label, 600);
    const scale = 600 / (2031 - 2024.25);
    const gaps = ticks.slice(1).map((x, i) => (x - ticks[i]!) * scale);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(labelWidth('Q4 2027') + 8);
    expect(ticks.at(-1)).toBe(2031);
  });
  it('leaves one or no tick alone', () => {
    expect(fitTicks([2030], label, 10)).toEqual([2030]);
    expect(fitTicks([], label, 10)).toEqual([]);
  });
});

describe('value axis', () => {
  it('steps from the bottom to the top of the domain', () => {
    expect(valueTicks([0, 40_000_000], 10_000_000)).toEqual([0, 1e7, 2e7, 3e7, 4e7]);
    expect(valueTicks([0, 0.3], 0.1)).toEqual([0, 0.1, 0.2, 0.3]);
  });
  it('is as wide as its widest label', () => {
    expect(valueAxisWidth(['0', '40,000,000'])).toBeGreaterThan(labelWidth('40,000,000'));
    expect(valueAxisWidth(['0', '5'])).toBe(40);
  });
});
