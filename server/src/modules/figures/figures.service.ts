// The published figures' read model and its one public entry. Dashboard, explorer, annual report, comparison,
// outlook and KPI pages open it one way: `openFigures(ctx, { plan })` resolves the plan (plan-period.ts) and
// hands back its measurement in the visibility the request may see, from the store that keeps it per data
// revision; roll-ups, groups, bases and periods are computed from that measurement. Reviews, entry, imports
// and the notifications sweep take the plan resolver, the types and the mappings from here too.
import type { PlanRow } from '../../db/schema.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import type { FiguresContext } from './figures.context.ts';
import { FiguresMemory } from './figures-memory.ts';
import { findRegions } from './figures.repository.ts';
import type { PlanMeasurement } from './measurement.ts';
import { loadPlanGroups, type PlanGroups } from './plan-groups.ts';
import { resolvePlan } from './plan-period.ts';

export { figuresContext, readContext, type FiguresContext, type ReadContext } from './figures.context.ts';
export { MeasurementStore } from './measurement-store.ts';
export { toRbmKpi, toRbmPlan, type MeasuredKpi, type PlanMeasurement } from './measurement.ts';
export {
  loadPlanGroups,
  prioritiesBySector,
  type NamedGroup,
  type NamedOutcome,
  type NamedPriority,
  type PlanGroups,
} from './plan-groups.ts';
export { resolvePeriod, resolvePlan } from './plan-period.ts';
export {
  assess,
  completeQuarter,
  latestReportedQuarter,
  rollUpGroups,
  rollUpOf,
  rollUpOfKpis,
  rollUpPlan,
  timelinessOf,
  type Grouping,
} from './roll-ups.ts';
export { figuresBasis, visibilityOf, type Include, type Visibility } from './visibility.ts';

export interface OpenFigures {
  plan: PlanRow;
  measurement: PlanMeasurement;
}

/** The plan asked for (or the active one) and its measurement as this request may see it. */
export async function openFigures(
  ctx: FiguresContext,
  input: { plan?: string | undefined },
): Promise<OpenFigures> {
  const plan = await resolvePlan(ctx, input);
  return { plan, measurement: await measurementOf(ctx, plan) };
}

export interface OpenNamedFigures extends OpenFigures {
  groups: PlanGroups;
}

/** As openFigures, with the plan's groups named in the request's language (loaded side by side). */
export async function openNamedFigures(
  ctx: FiguresContext,
  input: { plan?: string | undefined },
): Promise<OpenNamedFigures> {
  const plan = await resolvePlan(ctx, input);
  const [measurement, groups] = await Promise.all([measurementOf(ctx, plan), loadPlanGroups(ctx, plan)]);
  return { plan, measurement, groups };
}

/**
 * The plan's measurement as this request may see it: with drafts (`all`) only for KPIs owned by a priority in
 * scope, approved values for the rest. A request about one period names it (`ahead`): a plan read in full then
 * has that period's parts worked out as it comes in (figure-index.ts figuresAhead; not for such a mixture,
 * whose figures are its own).
 */
export async function measurementOf(
  ctx: FiguresContext,
  plan: PlanRow,
  ahead?: { period: string },
): Promise<PlanMeasurement> {
  const scope = ctx.scope ?? null;
  if (ctx.visibility === 'approved' || scope === null) {
    const moment = ahead && { period: ahead.period, now: ctx.now };
    return ctx.store.get(ctx.db, plan, ctx.visibility, moment);
  }
  const [approved, all] = await Promise.all([
    ctx.store.get(ctx.db, plan, 'approved'),
    ctx.store.get(ctx.db, plan, 'all'),
  ]);
  const kpis = approved.kpis.map((k) => (scope.has(k.ownerPriorityId) ? (all.byId.get(k.id) ?? k) : k));
  // a mixture of its own: its figures are computed for it alone
  return { ...approved, kpis, byId: new Map(kpis.map((k) => [k.id, k])), memory: new FiguresMemory() };
}

/** The region codes in their usual order (the ITU regions). */
export async function regionCodes(ctx: Pick<ServiceContext, 'db'>): Promise<string[]> {
  return (await findRegions(ctx.db)).map((r) => r.code);
}
