// The plan lifecycle on every route, in one place (modules/plans/plan-status.ts holds the rules): a request
// about a draft plan answers 404 to whoever may not see drafts, as if the plan did not exist; a change to a
// closed plan answers 409 plan_closed. The plan is the one the route names (`:plan`, `?plan=`, a body's
// `plan`), the quarter's plan of a review route (resolved by the auth plugin), or the plan of the KPI or
// register item in `:id`. Routes that say `plan: 'service'` (the value writes, which read their KPI and its
// plan in one query anyway) and writes whose plan is known only inside the service (the framework import)
// judge the plan there, with plan-status.ts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { PlanRow } from '../db/schema.ts';
import { findPlan, findPlanOf, type RegisterTable } from '../modules/plans/plans.service.ts';
import { assertPlanOpen, hidesPlan } from '../modules/plans/plan-status.ts';
import { notFound } from '../errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The plan the route names by its code, as read here; the figures reuse it rather than read it again. */
    namedPlan: PlanRow | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Lifecycle routes judge the plan's status themselves (a closed plan may still be copied). */
const LIFECYCLE_ROUTES = new Set([
  '/api/plans/:plan/successor',
  '/api/plans/:plan/activate',
  '/api/plans/:plan/close',
]);
const KPI_ROUTE = /^\/api\/kpis\/:id(\/|$)/;
const REGISTER_ROUTES: ReadonlyArray<[RegExp, RegisterTable]> = [
  [/^\/api\/risks\/:id(\/|$)/, 'risk'],
  [/^\/api\/recommendations\/:id(\/|$)/, 'recommendation'],
  [/^\/api\/commitments\/:id(\/|$)/, 'commitment'],
  [/^\/api\/mous\/:id(\/|$)/, 'mou'],
];

const codeIn = (value: unknown): string | undefined => {
  const plan = (value as { plan?: unknown } | null | undefined)?.plan;
  return typeof plan === 'string' ? plan : undefined;
};

/** The code and status of the plan the request is about, or undefined (unknown plans are the handler's 404). */
async function planOfRequest(request: FastifyRequest): Promise<{ code: string; status: string } | undefined> {
  if (request.reviewScope) return request.reviewScope.plan;
  const ctx = { db: request.server.db };
  const code = codeIn(request.params) ?? codeIn(request.query) ?? codeIn(request.body);
  if (code !== undefined) {
    const named = await findPlan(ctx, code);
    request.namedPlan = named ?? null;
    return named;
  }
  const id = (request.params as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'number') return undefined;
  const url = request.routeOptions.url ?? '';
  if (KPI_ROUTE.test(url)) return findPlanOf(ctx, { kpiId: id });
  const register = REGISTER_ROUTES.find(([pattern]) => pattern.test(url));
  return register ? findPlanOf(ctx, { table: register[1], id }) : undefined;
}

async function planLifecycle(app: FastifyInstance): Promise<void> {
  app.decorateRequest('namedPlan', null);
  // After the auth plugin's preHandler (registered before this plugin), so the review scope is resolved.
  app.addHook('preHandler', async (request) => {
    const routeAuth = request.routeOptions.config.auth;
    if (!routeAuth || routeAuth.plan === 'service') return;
    const url = request.routeOptions.url ?? '';
    if (!url.startsWith('/api/')) return;
    const plan = await planOfRequest(request);
    if (!plan) return;
    if (hidesPlan(request.actor, plan)) {
      // A draft plan's KPI is as unknown as its plan.
      const kpiId = KPI_ROUTE.test(url) ? (request.params as { id?: number }).id : undefined;
      throw kpiId === undefined ? notFound('Plan', plan.code) : notFound('KPI', kpiId);
    }
    if (!SAFE_METHODS.has(request.method) && !LIFECYCLE_ROUTES.has(url)) assertPlanOpen(plan);
  });
}

export default fp(planLifecycle, { name: 'plan-lifecycle', dependencies: ['auth'] });
