import { describe, expect, it } from 'vitest';
import type { StatisticIndicator, StatisticPoint, Statistics } from '@rbm/shared/schemas';
import {
  latestEditionPoints,
  measureTarget,
  outlookSentence,
  regionalMultiples,
  targetDomain,
  trendRows,
  type FrameworkTarget,
} from './target-trends.ts';

function point(year: number, value: number, edition = 'FF25', latestEdition = true): StatisticPoint {
  return { year, value, edition, latestEdition, sourceStatus: 'verified', sourceUrl: null };
}

const indicator: StatisticIndicator = {
  code: 'internet_use_pct',
  name: { text: 'Individuals using the Internet', language: 'en' },
  unit: '%',
  direction: 'increase',
  targets: [],
  series: [
    {
      area: 'World',
      points: [
        point(2022, 66),
        point(2023, 67.4),
        point(2024, 68, 'FF24', false),
        point(2024, 71),
        point(2025, 74),
      ],
    },
    { area: 'AFR', points: [point(2023, 37.1), point(2025, 36)] },
    { area: 'EUR', points: [point(2024, 91)] },
    { area: 'LDCs', points: [point(2025, 34)] },
  ],
};
const statistics: Statistics = { indicators: [indicator] };

function target(overrides: Partial<FrameworkTarget> = {}): FrameworkTarget {
  return {
    code: 'UMC-1',
    name: { text: 'Individuals using the Internet', language: 'en' },
    description: null,
    value: 100,
    unit: '%',
    direction: 'increase',
    deadlineYear: 2030,
    baseline: null,
    indicator: { code: 'internet_use_pct', name: indicator.name },
    kpiCount: 0,
    sourceStatus: 'proxy',
    sourceUrl: null,
    ...overrides,
  };
}

describe('latestEditionPoints', () => {
  it('keeps the newest edition of each year, by year', () => {
    const points = latestEditionPoints([point(2025, 74), point(2024, 68, 'FF24', false), point(2024, 71)]);
    expect(points.map((p) => [p.year, p.value])).toEqual([
      [2024, 71],
      [2025, 74],
    ]);
  });
});

describe('measureTarget', () => {
  it('charts World with the forecast and its outlook', () => {
    const measured = measureTarget(target(), statistics)!;
    expect(measured.area).toBe('World');
    expect(measured.latest).toMatchObject({ year: 2025, value: 74 });
    expect(measured.points).toHaveLength(4);
    expect(measured.outlook).toBe('later');
    expect(measured.forecast!.crossingYear).toBeGreaterThan(2030);
  });

  it('says "no projection" with fewer than three values', () => {
    const short = {
      indicators: [{ ...indicator, series: [{ area: 'World', points: [point(2024, 71), point(2025, 74)] }] }],
    };
    const measured = measureTarget(target(), short)!;
    expect(measured.forecast).toBeNull();
    expect(measured.outlook).toBe('no_projection');
  });

  it('is null for a target without a statistic, a value, a series or any point', () => {
    expect(measureTarget(target({ indicator: null }), statistics)).toBeNull();
    expect(measureTarget(target({ value: null }), statistics)).toBeNull();
    expect(
      measureTarget(target({ indicator: { code: 'other', name: indicator.name } }), statistics),
    ).toBeNull();
    expect(measureTarget(target(), { indicators: [{ ...indicator, series: [] }] })).toBeNull();
    const empty = { indicators: [{ ...indicator, series: [{ area: 'World', points: [] }] }] };
    expect(measureTarget(target(), empty)).toBeNull();
  });
});

describe('trendRows', () => {
  it('puts actual values and the forecast on one row per year, the latest year carrying both', () => {
    const measured = measureTarget(target(), statistics)!;
    const rows = trendRows(measured.points, measured.forecast);
    expect(rows.map((r) => r.x)).toEqual([2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(rows[0]).toEqual({ x: 2022, actual: 66 });
    expect(rows[3]).toMatchObject({ x: 2025, actual: 74, forecast: expect.any(Number) as number });
    expect(rows[8]).toEqual({ x: 2030, forecast: measured.forecast!.line.at(-1)!.value });
  });
  it('has only actual values without a forecast', () => {
    expect(trendRows([point(2024, 1)], null)).toEqual([{ x: 2024, actual: 1 }]);
  });
});

describe('targetDomain', () => {
  it('holds the target and stays within 0-100 for a percentage', () => {
    expect(targetDomain(measureTarget(target(), statistics)!)).toEqual([0, 100]);
  });
  it('follows the level of a ratio', () => {
    const ratio = {
      ...indicator,
      unit: 'ratio',
      series: [{ area: 'World', points: [point(2022, 0.92), point(2023, 0.92), point(2024, 0.94)] }],
    };
    const measured = measureTarget(target({ value: 0.98 }), { indicators: [ratio] })!;
    const [low, high] = targetDomain(measured);
    expect(low).toBeGreaterThan(0.8);
    expect(high).toBeGreaterThanOrEqual(0.98);
  });
  it('is not capped for other units', () => {
    const users = {
      ...indicator,
      unit: 'bn',
      series: [{ area: 'World', points: [point(2023, 5.4), point(2024, 5.8), point(2025, 6)] }],
    };
    const measured = measureTarget(target({ value: 8 }), { indicators: [users] })!;
    expect(targetDomain(measured)).toEqual([0, 8]);
  });
});

describe('outlookSentence', () => {
  const base = { target: target(), forecast: null };
  it('chooses the sentence and its year for each outlook', () => {
    expect(outlookSentence({ ...base, outlook: 'reached' })).toEqual({ key: 'reached', year: null });
    expect(outlookSentence({ ...base, outlook: 'on_course' })).toEqual({ key: 'onCourse', year: 2030 });
    expect(outlookSentence({ ...base, outlook: 'away' })).toEqual({ key: 'away', year: null });
    expect(outlookSentence({ ...base, outlook: 'no_projection' })).toEqual({
      key: 'noProjection',
      year: null,
    });
  });
  it('says the year the line reaches the target when later', () => {
    const measured = measureTarget(target(), statistics)!;
    expect(outlookSentence(measured)).toEqual({ key: 'later', year: measured.forecast!.crossingYear });
    expect(outlookSentence({ ...base, outlook: 'later' })).toEqual({ key: 'later', year: null });
  });
});

describe('regionalMultiples', () => {
  it('gives the ITU regions with values, on one scale holding the target', () => {
    const multiples = regionalMultiples(indicator, 100)!;
    expect(multiples.regions.map((r) => r.region)).toEqual(['AFR', 'EUR']);
    expect(multiples.domain).toEqual([0, 100]);
    expect(multiples.years).toEqual([2023, 2024, 2025]);
    expect(multiples.regions[0]!.rows).toEqual([
      { x: 2023, actual: 37.1 },
      { x: 2025, actual: 36 },
    ]);
  });
  it('is null when no ITU region has a value', () => {
    expect(regionalMultiples({ ...indicator, series: [indicator.series[0]!] }, 100)).toBeNull();
  });
  it('reads a ratio around its level', () => {
    const ratio = {
      ...indicator,
      unit: 'ratio',
      series: [{ area: 'ARB', points: [point(2019, 0.86), point(2024, 0.86)] }],
    };
    const [low] = regionalMultiples(ratio, 0.98)!.domain;
    expect(low).toBeGreaterThan(0.5);
  });
});
