// The dashboard of one period: the plan overall and roll-ups by goal, Sector, priority and region.
// Computed once per data revision, period, language and basis, then served from memory.
import { lastCompleteQuarter } from '@rbm/shared/rbm';
import type { Dashboard, RollUpFigures } from '@rbm/shared/schemas';
import type { PlanRow } from '../../db/schema.ts';
import { toCachedJson, type CachedJson } from '../../lib/cached-json.ts';
import {
  figuresBasis,
  loadPlanGroups,
  measurementOf,
  prioritiesBySector,
  resolvePeriod,
  resolvePlan,
  rollUpGroups,
  rollUpPlan,
  type FiguresContext,
  type NamedGroup,
  type PlanMeasurement,
} from '../figures/figures.service.ts';

export async function getDashboard(
  ctx: FiguresContext,
  input: { plan?: string | undefined; period?: string | undefined },
): Promise<CachedJson> {
  const plan = await resolvePlan(ctx, input);
  const period = resolvePeriod(plan, input.period, ctx.now);
  const measurement = await measurementOf(ctx, plan, { period });
  const key = `dashboard|${period}|${ctx.language}|${lastCompleteQuarter(ctx.now)}`;
  return ctx.store.memo<Promise<CachedJson>>(measurement, key, async () =>
    toCachedJson(await build(ctx, plan, measurement, period)),
  );
}

async function build(
  ctx: FiguresContext,
  plan: PlanRow,
  measurement: PlanMeasurement,
  period: string,
): Promise<Dashboard> {
  const groups = await loadPlanGroups(ctx, plan);
  // Only the groups with KPIs are listed (a group without any has no figures to show).
  const withFigures = <G extends NamedGroup>(
    rows: readonly G[],
    rollUps: ReadonlyMap<number, RollUpFigures>,
  ) =>
    rows.flatMap((group) => {
      const rollUp = rollUps.get(group.id);
      return rollUp ? [{ group, rollUp }] : [];
    });
  const figures = (grouping: 'goal' | 'sector' | 'priority' | 'region') =>
    rollUpGroups(measurement, grouping, period, ctx.now);
  return {
    plan: groups.plan,
    basis: figuresBasis(ctx.visibility, period, ctx.now),
    overall: rollUpPlan(measurement, period, ctx.now),
    goals: withFigures(groups.goals, figures('goal')).map(({ group, rollUp }) => ({
      code: group.code,
      name: group.name,
      rollUp,
    })),
    sectors: withFigures(groups.sectors, figures('sector')).map(({ group, rollUp }) => ({
      code: group.code,
      name: group.name,
      rollUp,
    })),
    priorities: withFigures(prioritiesBySector(groups), figures('priority')).map(({ group, rollUp }) => ({
      code: group.code,
      name: group.name,
      sector: group.sectorCode,
      rollUp,
    })),
    regions: withFigures(groups.regions, figures('region')).map(({ group, rollUp }) => ({
      code: group.code,
      name: group.name,
      rollUp,
    })),
  };
}
