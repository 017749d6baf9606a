// Shapes the Connect 2030 overview: for each plan target, the statistic that measures it (one value a
// year, the newest edition's), its forecast toward the target (shared/rbm forecastStatistic), the chart
// rows and the plain sentence; and the ITU regions' series as small multiples on one scale.
import type { Status } from '@rbm/shared';
import { forecastStatistic, type StatisticForecast, type StatisticPace } from '@rbm/shared/rbm';
import type { Framework, StatisticIndicator, StatisticPoint, Statistics } from '@rbm/shared/schemas';
import type { TrendRow } from '../../../components/charts/TrendChart.tsx';
import { sharedDomain, valueDomain } from '../../../components/charts/chart-scale.ts';

export type FrameworkTarget = Framework['goals'][number]['targets'][number];

/** The ITU regions, in the order the plan lists them. */
export const ITU_REGIONS = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] as const;

/** A target's outlook: a pace from the forecast, or `no_projection` when there is no trend to draw. */
export type TargetOutlook = StatisticPace | 'no_projection';

/** Colour and shape of each outlook, borrowed from the status scale (reached is achieved...). */
export const OUTLOOK_STATUS: Readonly<Record<TargetOutlook, Status>> = {
  reached: 'achieved',
  on_course: 'on_track',
  later: 'at_risk',
  away: 'off_track',
  no_projection: 'no_data',
};

export interface MeasuredTarget {
  target: FrameworkTarget;
  indicator: StatisticIndicator;
  /** The area charted: World (or the indicator's first series, e.g. "World (median)"). */
  area: string;
  points: StatisticPoint[];
  latest: StatisticPoint;
  forecast: StatisticForecast | null;
  outlook: TargetOutlook;
}

/** One value a year: the newest edition's (the API marks it latestEdition), by year. */
export function latestEditionPoints(points: readonly StatisticPoint[]): StatisticPoint[] {
  return points.filter((p) => p.latestEdition).sort((a, b) => a.year - b.year);
}

/** The target measured by its statistic, or null when no statistic (or no value) measures it. */
export function measureTarget(target: FrameworkTarget, statistics: Statistics): MeasuredTarget | null {
  if (target.indicator === null || target.value === null) return null;
  const code = target.indicator.code;
  const indicator = statistics.indicators.find((i) => i.code === code);
  const series = indicator?.series[0];
  if (!indicator || !series) return null;
  const points = latestEditionPoints(series.points);
  const latest = points.at(-1);
  if (!latest) return null;
  const forecast = forecastStatistic(
    points.map((p) => ({ year: p.year, value: p.value })),
    { value: target.value, deadlineYear: target.deadlineYear, direction: target.direction },
  );
  return {
    target,
    indicator,
    area: series.area,
    points,
    latest,
    forecast,
    outlook: forecast?.pace ?? 'no_projection',
  };
}

/** Chart rows by year: the actual values, and the forecast line from the latest year to its end. */
export function trendRows(points: readonly StatisticPoint[], forecast: StatisticForecast | null): TrendRow[] {
  const rows = new Map<number, TrendRow>();
  for (const p of points) rows.set(p.year, { x: p.year, actual: p.value });
  for (const p of forecast?.line ?? [])
    rows.set(p.year, { ...rows.get(p.year), x: p.year, forecast: p.value });
  return [...rows.values()].sort((a, b) => a.x - b.x);
}

/** Whether an indicator's values read from zero (shares, amounts) or around their level (a ratio). */
function readsFromZero(unit: string): boolean {
  return unit !== 'ratio';
}

/** The value axis of a target's chart: its values, forecast and target, within 0-100 for a percentage. */
export function targetDomain(measured: MeasuredTarget): [number, number] {
  const unit = measured.indicator.unit;
  return valueDomain(
    [
      ...measured.points.map((p) => p.value),
      ...(measured.forecast?.line.map((p) => p.value) ?? []),
      measured.target.value,
    ],
    { fromZero: readsFromZero(unit), ceiling: unit.startsWith('%') ? 100 : undefined },
  );
}

/** Which sentence describes the outlook, and with what year. */
export function outlookSentence(measured: Pick<MeasuredTarget, 'outlook' | 'forecast' | 'target'>): {
  key: 'reached' | 'onCourse' | 'later' | 'away' | 'noProjection';
  year: number | null;
} {
  switch (measured.outlook) {
    case 'reached':
      return { key: 'reached', year: null };
    case 'on_course':
      return { key: 'onCourse', year: measured.target.deadlineYear };
    case 'later':
      return { key: 'later', year: measured.forecast?.crossingYear ?? null };
    case 'away':
      return { key: 'away', year: null };
    default:
      return { key: 'noProjection', year: null };
  }
}

export interface RegionalSeries {
  region: string;
  points: StatisticPoint[];
  rows: TrendRow[];
}

export interface RegionalMultiples {
  regions: RegionalSeries[];
  domain: [number, number];
  years: number[];
}

/**
 * The ITU regions' series of an indicator (regions without values left out), on one shared scale that
 * also holds the target; null when no region has a value.
 */
export function regionalMultiples(
  indicator: StatisticIndicator,
  targetValue: number | null,
): RegionalMultiples | null {
  const regions: RegionalSeries[] = [];
  for (const region of ITU_REGIONS) {
    const series = indicator.series.find((s) => s.area.toUpperCase() === region);
    const points = latestEditionPoints(series?.points ?? []);
    if (points.length > 0)
      regions.push({ region, points, rows: points.map((p) => ({ x: p.year, actual: p.value })) });
  }
  if (regions.length === 0) return null;
  const domain = sharedDomain([...regions.map((r) => r.points.map((p) => p.value)), [targetValue]], {
    fromZero: readsFromZero(indicator.unit),
    ceiling: indicator.unit.startsWith('%') ? 100 : undefined,
  });
  const years = [...new Set(regions.flatMap((r) => r.points.map((p) => p.year)))].sort((a, b) => a - b);
  return { regions, domain, years };
}
