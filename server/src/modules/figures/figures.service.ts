// The published figures' read model, opened one way by every reader (dashboard, explorer, reports,
// comparison, outlook, KPI pages, reviews, the notifications sweep): `openFigures(ctx, { plan })` resolves the
// plan (plan-period.ts) and hands back its measurement in the visibility the request may see, from the store
// that keeps it per data revision. Roll-ups, groups, bases and periods are computed from that measurement here.
import type { Language } from '@rbm/shared';
import type { AppInstance } from '../../app-instance.ts';
import type { PlanRow } from '../../db/schema.ts';
import { requestLanguage } from '../../lib/language.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import { findRegions } from './figures.repository.ts';
import type { PlanMeasurement } from './measurement.ts';
import type { MeasurementStore } from './measurement-store.ts';
import { loadPlanGroups, type PlanGroups } from './plan-groups.ts';
import { resolvePlan } from './plan-period.ts';
import { visibilityOf, type Include, type Visibility } from './visibility.ts';

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
  rollUpPlan,
  timelinessOf,
  type Grouping,
} from './roll-ups.ts';
export { figuresBasis, visibilityOf, type Include, type Visibility } from './visibility.ts';

/** A request that reads in a language (names of plans, groups and KPIs). */
export interface ReadContext extends ServiceContext {
  language: Language;
}

/** A request that reads figures: the store, and which values it may see. */
export interface FiguresContext extends ReadContext {
  store: MeasurementStore;
  visibility: Visibility;
  /**
   * The thematic priorities whose drafts the user may see (null or absent: all). With visibility `all`, KPIs
   * owned by other priorities keep their approved values.
   */
  scope?: ReadonlySet<number> | null;
}

/** What a route knows of a reading request: its query's `lang` and the Accept-Language header. */
interface ReadRequest {
  query: { lang?: Language };
  headers: { 'accept-language'?: string | undefined };
}

/** The context of a request that reads in a language (a route builds it, the service reads it). */
export function readContext(app: AppInstance, request: ReadRequest): ReadContext {
  return {
    db: app.db,
    now: app.now(),
    language: requestLanguage(request.query, request.headers['accept-language']),
  };
}

/** The context of a request that reads figures: approved values unless it asks for `include=unapproved`. */
export function figuresContext(
  app: AppInstance,
  request: ReadRequest & { query: { include?: Include } },
  scope?: ReadonlySet<number> | null,
): FiguresContext {
  return {
    ...readContext(app, request),
    store: app.measurements,
    visibility: visibilityOf(request.query.include),
    ...(scope === undefined ? {} : { scope }),
  };
}

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
  const [measurement, groups] = await Promise.all([
    measurementOf(ctx, plan),
    loadPlanGroups(ctx.db, plan, ctx.language),
  ]);
  return { plan, measurement, groups };
}

/**
 * The plan's measurement as this request may see it: with drafts (`all`) only for KPIs owned by a priority in
 * scope, approved values for the rest.
 */
export async function measurementOf(ctx: FiguresContext, plan: PlanRow): Promise<PlanMeasurement> {
  const scope = ctx.scope ?? null;
  if (ctx.visibility === 'approved' || scope === null) return ctx.store.get(ctx.db, plan, ctx.visibility);
  const [approved, all] = await Promise.all([
    ctx.store.get(ctx.db, plan, 'approved'),
    ctx.store.get(ctx.db, plan, 'all'),
  ]);
  const kpis = approved.kpis.map((k) => (scope.has(k.ownerPriorityId) ? (all.byId.get(k.id) ?? k) : k));
  return { ...approved, kpis, byId: new Map(kpis.map((k) => [k.id, k])) };
}

/** The region codes in their usual order (the ITU regions). */
export async function regionCodes(ctx: Pick<ServiceContext, 'db'>): Promise<string[]> {
  return (await findRegions(ctx.db)).map((r) => r.code);
}
