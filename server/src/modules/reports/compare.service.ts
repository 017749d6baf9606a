// The comparison for the management retreat: Sectors, priorities or regions rolled up for one period and
// ranked, with a heatmap of each group's score per quarter up to that period.
import {
  compareQuarters,
  competitionRanks,
  DEFAULT_THRESHOLDS,
  lastCompleteQuarter,
  MIN_KPIS_TO_RANK,
  latestDuePeriod,
  parsePeriod,
  planQuarters,
} from '@rbm/shared/rbm';
import type { CompareGrouping, Comparison, Heatmap } from '@rbm/shared/schemas';
import { unprocessable } from '../../errors.ts';
import {
  completeQuarter,
  figuresBasis,
  openNamedFigures,
  rollUpGroups,
  rollUpOf,
  type FiguresContext,
  type NamedGroup,
  type PlanGroups,
  type PlanMeasurement,
} from '../figures/figures.service.ts';
import { sectorRegisters } from './compare.registers.ts';

export interface ComparisonInput {
  plan?: string | undefined;
  period?: string | undefined;
  by: CompareGrouping;
}

interface ComparedGroup extends NamedGroup {
  sector: string | null;
}

function groupsOf(groups: PlanGroups, by: CompareGrouping): ComparedGroup[] {
  switch (by) {
    case 'sector':
      return groups.sectors.map((s) => ({ ...s, sector: null }));
    case 'priority':
      return groups.priorities.map((p) => ({ id: p.id, code: p.code, name: p.name, sector: p.sectorCode }));
    case 'region':
      return groups.regions.map((r) => ({ ...r, sector: null }));
  }
}

type HeatmapCells = Map<number, Heatmap['rows'][number]['cells']>;

/** Each group's score and status in each of the quarters given. */
function heatmapCells(
  measurement: PlanMeasurement,
  by: CompareGrouping,
  quarters: readonly string[],
  groupIds: readonly number[],
  now: Date,
): HeatmapCells {
  const cells: HeatmapCells = new Map(groupIds.map((id) => [id, []]));
  for (const quarter of quarters) {
    const rollUps = rollUpGroups(measurement, by, quarter, now);
    for (const id of groupIds) {
      const { score, status } = rollUpOf(rollUps, id, measurement);
      cells.get(id)?.push({ period: quarter, score, status });
    }
  }
  return cells;
}

export async function comparison(ctx: FiguresContext, request: ComparisonInput): Promise<Comparison> {
  const { by } = request;
  const { now } = ctx;
  const { plan, measurement, groups: planGroups } = await openNamedFigures(ctx, request);
  const { rbmPlan } = measurement;
  const latestDue = latestDuePeriod({ frequency: 'quarterly' }, rbmPlan, now);
  // By default the latest quarter every priority has figures for (figures/roll-ups.ts): never one unit against "no data".
  const complete = completeQuarter(measurement, latestDue);
  const period = request.period ?? complete ?? latestDue;
  const parsed = parsePeriod(period);
  if (parsed === null || parsed.year < plan.startYear || parsed.year > plan.endYear) {
    const message = `querystring.period ${period} is not a period of plan ${plan.code} (${plan.startYear}-${plan.endYear})`;
    throw unprocessable('period_outside_plan', message, [
      { field: 'querystring.period', message, code: 'period_outside_plan' },
    ]);
  }
  const compared = groupsOf(planGroups, by);
  const rollUps = rollUpGroups(measurement, by, period, now);
  const figures = compared.map((g) => ({ group: g, rollUp: rollUpOf(rollUps, g.id, measurement) }));
  // Ranked on the score as displayed, and only on enough KPIs (ranking.ts); the unranked follow, in order.
  const ranks = competitionRanks(
    figures.map((f) => ({ value: f.rollUp.score, kpiCount: f.rollUp.ratedCount })),
  );
  const ranked = figures
    .map((f, index) => ({ ...f, rank: ranks[index] ?? null, index }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.index - b.index);

  const lastQuarter = parsed.quarter === null ? `${parsed.year}-Q4` : period;
  const quarters = planQuarters(rbmPlan).filter((q) => compareQuarters(q, lastQuarter) <= 0);
  const ids = compared.map((g) => g.id);
  // Scores depend on the data revision (part of the memo key) and on the last complete quarter.
  const cells = ctx.store.memo(
    measurement,
    `compare-heatmap|${by}|${lastQuarter}|${lastCompleteQuarter(now)}|${ids.join(',')}`,
    () => heatmapCells(measurement, by, quarters, ids, now),
  );

  // confirmed states only, whoever reads (the registers' published state)
  const registers = await sectorRegisters(ctx, {
    plan: plan.code,
    sectors: planGroups.sectors.map((s) => s.code),
  });
  return {
    plan: planGroups.plan,
    basis: figuresBasis(ctx.visibility, period, now),
    by,
    period,
    completeQuarter: complete,
    periods: planQuarters(rbmPlan).filter((q) => compareQuarters(q, latestDue) <= 0),
    groups: ranked.map(({ group, rollUp, rank }) => ({
      code: group.code,
      name: group.name,
      sector: group.sector,
      rollUp,
      rank,
    })),
    heatmap: {
      periods: quarters,
      rows: compared.map((g) => ({ code: g.code, name: g.name, cells: cells.get(g.id) ?? [] })),
    },
    thresholds: measurement.rbmPlan.thresholds ?? DEFAULT_THRESHOLDS,
    minKpisToRank: MIN_KPIS_TO_RANK,
    registers,
  };
}
