// Shapes a KPI's detail for its page: the quarterly trend (actual with status, expected trajectory,
// annual targets, forecast), the target revisions as marks, the regional breakdown of the latest
// reported quarter, and how many due quarters were reported.
import type { Status } from '@rbm/shared';
import { kpiScore } from '@rbm/shared/rbm';
import type { KpiDetail, SeriesPoint } from '@rbm/shared/schemas';
import type { TrendMarker, TrendRow } from '../../../components/charts/TrendChart.tsx';
import { valueDomain } from '../../../components/charts/chart-scale.ts';

/** A quarter as a decimal year at its end (2025-Q3 is 2025.75, 2025-Q4 is 2026), as the forecast counts time. */
export function quarterX(period: string): number {
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return Number.NaN;
  return Number(match[1]) + Number(match[2]) / 4;
}

/** The quarter ending at a decimal year: 2025.75 -> {year: 2025, quarter: 3}. */
export function quarterOfX(x: number): { year: number; quarter: number } {
  const year = Math.ceil(x - 1e-9) - 1;
  const quarter = Math.round((x - year) * 4);
  return { year, quarter };
}

export interface KpiTrend {
  rows: TrendRow[];
  markers: TrendMarker[];
  domain: [number, number];
  ticks: number[];
}

/**
 * One row per quarter of the plan up to the last complete one (actual, its status, expected, the year's
 * target), then the forecast from the last reported quarter on, one point per year end.
 */
export function kpiTrend(
  detail: Pick<KpiDetail, 'series' | 'forecast' | 'revisions'>,
  markerLabel: (year: number) => string,
): KpiTrend {
  const rows: TrendRow[] = detail.series.quarters.map((point) => ({
    x: quarterX(point.period),
    actual: point.actual,
    status: point.actual === null ? null : point.status,
    expected: point.expected,
    target: point.target,
  }));
  const reported = rows.filter((row) => row.actual !== null && row.actual !== undefined);
  const lastX = reported.at(-1)?.x;
  if (detail.forecast && lastX !== undefined) {
    for (const point of detail.forecast.line) {
      const x = point.year + 1;
      if (x < lastX) continue;
      const existing = rows.find((row) => row.x === x);
      if (existing) existing.forecast = point.value;
      else rows.push({ x, forecast: point.value });
    }
    rows.sort((a, b) => a.x - b.x);
  }
  const years = [...new Set(detail.revisions.map((revision) => revision.year))];
  const markers = years.map((year) => ({ x: year + 1, label: markerLabel(year) }));
  const domain = valueDomain(rows.flatMap((row) => [row.actual, row.expected, row.target, row.forecast]));
  return { rows, markers, domain, ticks: rows.map((row) => row.x) };
}

export interface RegionBar {
  region: string;
  value: number | null;
  status: Status;
}

/** Each region's value and status in the latest quarter any region reported; null when none did. */
export function regionalBreakdown(regionalSeries: KpiDetail['regionalSeries']): {
  period: string;
  bars: RegionBar[];
} | null {
  const periods = regionalSeries.flatMap((r) =>
    r.quarters.filter((q) => q.actual !== null).map((q) => q.period),
  );
  const period = periods.sort().at(-1);
  if (period === undefined) return null;
  const bars = regionalSeries.map((r) => {
    const point = r.quarters.find((q) => q.period === period);
    return {
      region: r.region,
      value: point?.actual ?? null,
      status: point && point.actual !== null ? point.status : ('no_data' as Status),
    };
  });
  return { period, bars };
}

/** How many due quarters have a reported (approved) value. */
export function reportedQuarters(quarters: readonly SeriesPoint[]): { reported: number; due: number } {
  const due = quarters.filter((q) => q.due);
  return { reported: due.filter((q) => q.actual !== null).length, due: due.length };
}

/** The KPI's score in its latest assessment (min(r, 1), as roll-ups count it); null when not rated. */
export function latestScore(detail: Pick<KpiDetail, 'direction' | 'latest'>): number | null {
  return kpiScore(detail.direction, detail.latest);
}
