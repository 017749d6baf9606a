import { describe, expect, it } from 'vitest';
import { forecastStatistic, type StatisticPoint } from './statistic-forecast.ts';

/** Values on a straight line: `start` in `from`, `perYear` more each year. */
function line(from: number, start: number, perYear: number, count: number): StatisticPoint[] {
  return Array.from({ length: count }, (_, i) => ({ year: from + i, value: start + perYear * i }));
}

const increase = { value: 100, deadlineYear: 2030, direction: 'increase' as const };

describe('forecastStatistic', () => {
  it('fits the least-squares line with time in calendar years and draws it from the latest year to 2030', () => {
    const forecast = forecastStatistic(line(2021, 60, 3, 5), increase)!;
    expect(forecast.slopePerYear).toBeCloseTo(3);
    expect(forecast.projectedAtDeadline).toBeCloseTo(87); // 72 in 2025, +3 a year
    expect(forecast.projectedAtHorizon).toBeCloseTo(87);
    expect(forecast.line.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(forecast.line[0]!.value).toBeCloseTo(72);
  });

  it('says "later" with the year the line reaches the target', () => {
    const forecast = forecastStatistic(line(2021, 60, 3, 5), increase)!;
    expect(forecast.pace).toBe('later');
    expect(forecast.crossingYear).toBe(2035); // 72 + 3 * 9.33 = 100 during 2034.33 -> 2035
  });

  it('fits scattered points in any order, ignoring values that are not numbers', () => {
    const points = [
      { year: 2023, value: 2 },
      { year: 2021, value: 1 },
      { year: 2022, value: 3 },
      { year: 2024, value: Number.NaN },
    ];
    const forecast = forecastStatistic(points, { ...increase, value: 10 })!;
    expect(forecast.slopePerYear).toBeCloseTo(0.5);
    expect(forecast.line[0]!.year).toBe(2023);
  });

  it('is on course when the line meets the target by the deadline', () => {
    const forecast = forecastStatistic(line(2021, 80, 4, 5), increase)!;
    expect(forecast.pace).toBe('on_course');
    expect(forecast.crossingYear).toBe(2026);
  });

  it('has reached the target when the latest value meets it, whatever the trend', () => {
    const forecast = forecastStatistic(line(2021, 104, -1, 4), increase)!;
    expect(forecast.pace).toBe('reached');
    expect(forecast.crossingYear).toBeNull();
  });

  it('is moving away when the line falls for an increase target or rises for a decrease one', () => {
    expect(forecastStatistic(line(2021, 60, -1, 4), increase)!.pace).toBe('away');
    const rising = forecastStatistic(line(2021, 3, 0.2, 4), {
      value: 2,
      deadlineYear: 2030,
      direction: 'decrease',
    })!;
    expect(rising.pace).toBe('away');
    expect(rising.crossingYear).toBeNull();
    expect(forecastStatistic(line(2021, 60, 0, 4), increase)!.pace).toBe('away');
  });

  it('handles decrease targets: reached, on course and later', () => {
    const target = { value: 2, deadlineYear: 2030, direction: 'decrease' as const };
    expect(forecastStatistic(line(2021, 1.9, -0.1, 4), target)!.pace).toBe('reached');
    expect(forecastStatistic(line(2021, 3, -0.2, 4), target)!.pace).toBe('on_course');
    const slow = forecastStatistic(line(2021, 3, -0.05, 4), target)!;
    expect(slow.pace).toBe('later');
    expect(slow.crossingYear).toBe(2041);
  });

  it('treats a maintain target as met within the tolerance, and never crossed', () => {
    const target = { value: 50, deadlineYear: 2030, direction: 'maintain' as const };
    expect(forecastStatistic(line(2021, 50, 0, 3), target)!.pace).toBe('reached');
    const drifting = forecastStatistic(line(2021, 40, 1, 3), target)!;
    expect(drifting.pace).toBe('on_course'); // 42 in 2023, 49 in 2030: within 5 % of 50
    expect(drifting.crossingYear).toBeNull();
    expect(forecastStatistic(line(2021, 40, 3, 3), target)!.pace).toBe('away');
  });

  it('draws to the later of the deadline and the horizon', () => {
    const late = forecastStatistic(line(2021, 60, 3, 3), { ...increase, deadlineYear: 2032 })!;
    expect(late.line.at(-1)!.year).toBe(2032);
    const horizon = forecastStatistic(line(2021, 60, 3, 3), increase, 2035)!;
    expect(horizon.line.at(-1)!.year).toBe(2035);
    expect(horizon.projectedAtHorizon).toBeCloseTo(102);
  });

  it('gives no year when the line would meet the target only after 9999', () => {
    const crawling = forecastStatistic(line(2021, 60, 0.001, 3), increase)!;
    expect(crawling.pace).toBe('away');
    expect(crawling.crossingYear).toBeNull();
  });

  it('has no forecast with fewer than three values, all in one year, or numbers that overflow', () => {
    expect(forecastStatistic(line(2021, 60, 3, 2), increase)).toBeNull();
    const oneYear = [60, 61, 62].map((value) => ({ year: 2024, value }));
    expect(forecastStatistic(oneYear, increase)).toBeNull();
    const huge = [-1.5e308, 0, 1.5e308].map((value, i) => ({ year: 2021 + i, value }));
    expect(forecastStatistic(huge, increase)).toBeNull();
  });
});
