// The dashboard of one period: the plan overall and roll-ups by goal, Sector, priority and region.
// Computed once per data revision, period, language and basis, then served from memory.
import type { Language } from '@rbm/shared';
import { lastCompleteQuarter, parsePeriod, compareQuarters } from '@rbm/shared/rbm';
import type { Dashboard, RollUpFigures } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { PlanRow } from '../../db/schema.ts';
import { unprocessable } from '../../errors.ts';
import { rollUpGroups, rollUpPlan, type Grouping } from '../measurement/figures.ts';
import type { MeasurementStore, PlanMeasurement, Visibility } from '../measurement/measurement.service.ts';
import { basisOf } from '../measurement/visibility.ts';
import { requirePlanOrActive } from '../plans/plans.service.ts';
import { createLocalizer } from '../translations/localizer.ts';
import { toCachedJson, type CachedJson } from '../../lib/cached-json.ts';
import { findDashboardGroups } from './dashboard.repository.ts';

/** The period asked for, or the last complete quarter (within the plan); 422 when outside the plan. */
export function resolvePeriod(plan: PlanRow, period: string | undefined, now: Date): string {
  if (period === undefined) {
    const last = lastCompleteQuarter(now);
    const end = `${plan.endYear}-Q4`;
    const start = `${plan.startYear}-Q1`;
    if (compareQuarters(last, end) > 0) return end;
    return compareQuarters(last, start) < 0 ? start : last;
  }
  const year = parsePeriod(period)?.year ?? Number.NaN;
  if (!(year >= plan.startYear && year <= plan.endYear)) {
    throw unprocessable(
      'period_outside_plan',
      `Period ${period} is outside the plan ${plan.code} (${plan.startYear}-${plan.endYear})`,
      [
        {
          field: 'querystring.period',
          code: 'period_outside_plan',
          message: `${period} is outside ${plan.startYear}-${plan.endYear}`,
        },
      ],
    );
  }
  return period;
}

interface Context {
  db: Db;
  store: MeasurementStore;
  now: Date;
  language: Language;
  visibility: Visibility;
}

export async function getDashboard(
  ctx: Context,
  query: { plan?: string; period?: string },
): Promise<CachedJson> {
  const plan = await requirePlanOrActive(ctx.db, query.plan);
  const period = resolvePeriod(plan, query.period, ctx.now);
  const measurement = await ctx.store.get(ctx.db, plan, ctx.visibility);
  const key = `dashboard|${period}|${ctx.language}|${lastCompleteQuarter(ctx.now)}`;
  return ctx.store.memo<Promise<CachedJson>>(measurement, key, async () =>
    toCachedJson(await build(ctx, plan, measurement, period)),
  );
}

async function build(
  ctx: Context,
  plan: PlanRow,
  measurement: PlanMeasurement,
  period: string,
): Promise<Dashboard> {
  const [groups, t] = await Promise.all([
    findDashboardGroups(ctx.db, plan.id),
    createLocalizer(ctx.db, ctx.language, ['plan', 'goal', 'sector', 'thematic_priority', 'region']),
  ]);
  const figures = (grouping: Grouping) => rollUpGroups(measurement, grouping, period, ctx.now);
  const [byGoal, bySector, byPriority, byRegion] = (['goal', 'sector', 'priority', 'region'] as const).map(
    figures,
  ) as [
    Map<number, RollUpFigures>,
    Map<number, RollUpFigures>,
    Map<number, RollUpFigures>,
    Map<number, RollUpFigures>,
  ];
  const withFigures = <R extends { id: number }>(rows: R[], byId: Map<number, RollUpFigures>) =>
    rows.flatMap((row) => {
      const rollUp = byId.get(row.id);
      return rollUp ? [{ row, rollUp }] : [];
    });
  return {
    plan: { code: plan.code, name: t.text('plan', plan.id, 'name', plan.name) },
    basis: basisOf(ctx.visibility, period, ctx.now),
    overall: rollUpPlan(measurement, period, ctx.now),
    goals: withFigures(groups.goals, byGoal).map(({ row, rollUp }) => ({
      code: row.code,
      name: t.text('goal', row.id, 'name', row.name),
      rollUp,
    })),
    sectors: withFigures(groups.sectors, bySector).map(({ row, rollUp }) => ({
      code: row.code,
      name: t.text('sector', row.id, 'name', row.name),
      rollUp,
    })),
    priorities: withFigures(groups.priorities, byPriority).map(({ row, rollUp }) => ({
      code: row.code,
      name: t.text('thematic_priority', row.id, 'name', row.name),
      sector: row.sectorCode,
      rollUp,
    })),
    regions: withFigures(groups.regions, byRegion).map(({ row, rollUp }) => ({
      code: row.code,
      name: t.text('region', row.id, 'name', row.name),
      rollUp,
    })),
  };
}
