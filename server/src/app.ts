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
import { healthRoutes } from './modules/health/health.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import openapi from './plugins/openapi.ts';
import problemJson from './plugins/problem-json.ts';
import spa from './plugins/spa.ts';

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
  }
}

export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'silent' },
    // Query strings like ?status=on_track&status=at_risk arrive as arrays where the schema says so.
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    bodyLimit: 10 * 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('db', options.db);
  app.decorate('now', options.now ?? (() => new Date()));

  await app.register(problemJson);
  await app.register(openapi);
  await app.register(healthRoutes);
  await app.register(plansRoutes);
  await app.register(spa, { root: options.clientDist });
  return app;
}
