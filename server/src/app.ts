// Builds the Fastify application: plugins, then one module per resource. Never listens (tests inject).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/connection.ts';
import { SYSTEM_ACTOR, type Actor } from './lib/actor.ts';
import { MeasurementStore } from './modules/measurement/measurement.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { kpiDefinitionsRoutes } from './modules/kpi-definitions/kpi-definitions.routes.ts';
import { kpisRoutes } from './modules/kpis/kpis.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { reviewsRoutes } from './modules/reviews/reviews.routes.ts';
import { valuesRoutes } from './modules/values/values.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import openapi from './plugins/openapi.ts';
import problemJson from './plugins/problem-json.ts';
import spa from './plugins/spa.ts';
import validation from './plugins/validation.ts';
import nulGuard from './plugins/nul-guard.ts';

export interface AppOptions {
  db: Db;
  /** The client build to serve at /, or null for the API alone (tests). */
  clientDist: string | null;
  logLevel?: Config['logLevel'];
  /** The clock; tests pass a fixed date so "the last complete quarter" does not move. */
  now?: () => Date;
}

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    now: () => Date;
    measurements: MeasurementStore;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', options.db);
  app.decorate('now', options.now ?? (() => new Date()));
  app.decorate('measurements', new MeasurementStore());
  // Until sign-in exists every request acts as the system; the auth plugin will set the signed-in user.
  app.decorateRequest('actor', null as unknown as Actor);
  app.addHook('onRequest', async (request) => {
    request.actor = SYSTEM_ACTOR;
  });

  await app.register(problemJson);
  await app.register(validation);
  await app.register(nulGuard);
  await app.register(openapi);
  await app.register(healthRoutes);
  await app.register(plansRoutes);
  await app.register(kpisRoutes);
  await app.register(valuesRoutes);
  await app.register(dashboardRoutes);
  await app.register(kpiDefinitionsRoutes);
  await app.register(reviewsRoutes);
  await app.register(reportsRoutes);
  await app.register(auditRoutes);
  await app.register(spa, { root: options.clientDist });
  return app;
}
