// Published ICT statistics (ITU Facts and Figures) with the plan targets they measure. Each edition of a
// publication revises earlier years, so one year may have several values: all are kept, each with its
// edition, and the newest edition's value is marked so a chart can draw one line.
import { DIRECTIONS, SOURCE_STATUSES } from '@rbm/shared';
import type { StatisticIndicator, StatisticPoint, Statistics } from '@rbm/shared/schemas';
import { notFound } from '../../errors.ts';
import { asEnum } from '../../lib/enums.ts';
import { regionCodes as findRegionCodes, type ReadContext } from '../figures/figures.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { findIndicators, findStatistics, findTargetsMeasuredBy } from './stats.repository.ts';

export interface StatisticsInput {
  indicator?: string | undefined;
  area?: string | undefined;
}

/**
 * How recent an edition is. An edition is dated by the year it names: `FF25` (Facts and Figures 2025) is
 * 2025, `FF2025` or `2025` too, so FF25 > FF24 > FF21. An edition without a year sorts before every dated
 * one, and the empty edition (source not known) is the oldest of all. Equal dates compare as text.
 */
export function compareEditions(a: string, b: string): number {
  const rank = (edition: string): [number, number] => {
    if (edition === '') return [0, 0];
    const digits = /(\d{4}|\d{2})(?!\d)/.exec(edition)?.[1];
    if (digits === undefined) return [1, 0];
    return [2, digits.length === 2 ? 2000 + Number(digits) : Number(digits)];
  };
  const [ka, ya] = rank(a);
  const [kb, yb] = rank(b);
  return ka - kb || ya - yb || (a < b ? -1 : a > b ? 1 : 0);
}

/** World first, then the ITU regions in their usual order, then any other aggregate by name. */
function areaOrder(regionCodes: readonly string[]) {
  const position = (area: string) => {
    if (area.toLowerCase() === 'world') return -1;
    const index = regionCodes.indexOf(area);
    return index < 0 ? regionCodes.length : index;
  };
  return (a: string, b: string) => position(a) - position(b) || a.localeCompare(b);
}

type StatisticRow = Awaited<ReturnType<typeof findStatistics>>[number];

/** One series per area; points by year, oldest edition first, the newest edition per year marked. */
export function seriesOf(rows: readonly StatisticRow[], regionCodes: readonly string[]) {
  const byArea = new Map<string, StatisticRow[]>();
  for (const row of rows) byArea.set(row.area, [...(byArea.get(row.area) ?? []), row]);
  return [...byArea.keys()].sort(areaOrder(regionCodes)).map((area) => {
    const sorted = [...(byArea.get(area) ?? [])].sort(
      (a, b) => a.year - b.year || compareEditions(a.edition, b.edition),
    );
    const points = sorted.map((row, index): StatisticPoint => ({
      year: row.year,
      value: row.value,
      edition: row.edition,
      latestEdition: sorted[index + 1]?.year !== row.year,
      sourceStatus: asEnum(SOURCE_STATUSES, row.sourceStatus, 'statistic.source_status'),
      sourceUrl: row.sourceUrl,
    }));
    return { area, points };
  });
}

export async function statistics(ctx: ReadContext, request: StatisticsInput): Promise<Statistics> {
  const { db } = ctx;
  const indicators = await findIndicators(db, request.indicator);
  if (request.indicator !== undefined && indicators.length === 0) {
    throw notFound('Statistic indicator', request.indicator);
  }
  if (indicators.length === 0) return { indicators: [] };
  const [rows, targets, regionCodes, t] = await Promise.all([
    findStatistics(
      db,
      indicators.map((i) => i.id),
      request.area,
    ),
    findTargetsMeasuredBy(
      db,
      indicators.map((i) => i.code),
    ),
    findRegionCodes(ctx),
    createLocalizer(db, ctx.language, ['statistic_indicator', 'target']),
  ]);
  return {
    indicators: indicators.map((indicator): StatisticIndicator => ({
      code: indicator.code,
      name: t.text('statistic_indicator', indicator.id, 'name', indicator.name),
      unit: indicator.unit,
      direction: asEnum(DIRECTIONS, indicator.direction, 'statistic_indicator.direction'),
      targets: targets
        .filter((target) => target.indicator === indicator.code)
        .map((target) => ({
          plan: target.planCode,
          code: target.code,
          name: t.text('target', target.id, 'name', target.name),
          value: target.value,
          unit: target.unit,
          deadlineYear: target.deadlineYear,
          baseline:
            target.baselineValue === null || target.baselineYear === null
              ? null
              : { value: target.baselineValue, year: target.baselineYear },
        })),
      series: seriesOf(
        rows.filter((row) => row.indicatorId === indicator.id),
        regionCodes,
      ),
    })),
  };
}
