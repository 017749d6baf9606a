// Builds the Fastify application: plugins, then one module per resource. Never listens (tests inject).
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import type { AppInstance } from './app-instance.ts';
import type { Config } from './config.ts';
import { readerOf, type Db } from './db/connection.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from './config.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import auth from './plugins/auth.ts';
import planLifecycle from './plugins/plan-lifecycle.ts';
import { MeasurementStore } from './modules/figures/figures.service.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { kpiDefinitionsRoutes } from './modules/kpi-definitions/kpi-definitions.routes.ts';
import { kpisRoutes } from './modules/kpis/kpis.routes.ts';
import { kpiHistoryRoutes } from './modules/kpi-history/kpi-history.routes.ts';
import { outlookRoutes } from './modules/outlook/outlook.routes.ts';
import { reportsRoutes } from './modules/reports/reports.routes.ts';
import { explorerRoutes } from './modules/explorer/explorer.routes.ts';
import { reviewsRoutes } from './modules/reviews/reviews.routes.ts';
import { importsRoutes } from './modules/imports/imports.routes.ts';
import { entryRoutes } from './modules/entry/entry.routes.ts';
import { entryRulesRoutes } from './modules/entry-rules/entry-rules.routes.ts';
import { valuesRoutes } from './modules/values/values.routes.ts';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { frameworksRoutes } from './modules/frameworks/frameworks.routes.ts';
import { frameworkItemsRoutes } from './modules/framework-items/framework-items.routes.ts';
import { plansRoutes } from './modules/plans/plans.routes.ts';
import { planLifecycleRoutes } from './modules/plans/plan-lifecycle.routes.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { translationsRoutes } from './modules/translations/translations.routes.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { commitmentsRoutes } from './modules/commitments/commitments.routes.ts';
import { mousRoutes } from './modules/mous/mous.routes.ts';
import { recommendationsRoutes } from './modules/recommendations/recommendations.routes.ts';
import { themesRoutes } from './modules/themes/themes.routes.ts';
import { resolutionsRoutes } from './modules/resolutions/resolutions.routes.ts';
import { statisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { risksRoutes } from './modules/risks/risks.routes.ts';
import {
  DEFAULT_NOTIFIER_SETTINGS,
  Notifier,
  type NotifierSettings,
} from './modules/notifications/notifier.ts';
import openapi from './plugins/openapi.ts';
import { MAX_PARAM_LENGTH } from './plugins/framework-errors.ts';
import problemJson, { clientErrorHandler, frameworkErrorHandler } from './plugins/problem-json.ts';
import requestBody from './plugins/request-body.ts';
import securityHeaders from './plugins/security-headers.ts';
import spa from './plugins/spa.ts';
import validation from './plugins/validation.ts';
import nulGuard from './plugins/nul-guard.ts';
import { DebugRequestLog } from './lib/request-log.ts';

export interface AppOptions {
  db: Db;
  /** The client build to serve at /, or null for the API alone (tests). */
  clientDist: string | null;
  logLevel?: Config['logLevel'];
  /** Where log lines go (standard output by default); tests read them. */
  logStream?: { write: (line: string) => void };
  /** The clock; tests pass a fixed date so "the last complete quarter" does not move. */
  now?: () => Date;
  auth?: AuthSettings;
  /** Mail server, reminder days and sweep interval; without, the inbox alone (no e-mail). */
  notifications?: NotifierSettings;
}

export async function buildApp(options: AppOptions): Promise<AppInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'silent',
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    logController: new DebugRequestLog(),
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: options.auth?.trustProxy ?? false,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Refusals answered before a route runs leave as problem+json too (plugins/problem-json.ts).
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();
  const authSettings = options.auth ?? DEFAULT_AUTH_SETTINGS;

  app.decorate('db', options.db);
  app.decorate('now', options.now ?? (() => new Date()));
  app.decorate('measurements', new MeasurementStore());
  app.decorate(
    'notifier',
    new Notifier(
      {
        db: options.db,
        measurements: app.measurements,
        now: () => app.now(),
        log: { info: (line) => app.log.info(line), error: (line) => app.log.error(line) },
      },
      options.notifications ?? DEFAULT_NOTIFIER_SETTINGS,
    ),
  );
  // A change to a review may have left notices to e-mail: send them once the answer is out.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 300 && request.url.startsWith('/api/reviews/')) {
      app.notifier.deliverSoon();
    }
  });
  app.addHook('onClose', async () => app.notifier.stop());
  // the reader thread of a SQLite file (db/sqlite-reader.ts) comes up before the first large read needs it
  app.addHook('onReady', async () => readerOf(options.db)?.open());

  await app.register(problemJson);
  // Answers of 1 KB or more leave compressed when the client accepts it (the overview's framework and
  // statistics shrink from 64 KB to about 10 KB); the SPA's assets are compressed at build time instead.
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(securityHeaders);
  await app.register(auth, authSettings);
  await app.register(planLifecycle);
  await app.register(validation);
  await app.register(requestBody);
  await app.register(nulGuard);
  await app.register(openapi);
  await app.register(healthRoutes);
  await app.register(authRoutes(authSettings));
  await app.register(plansRoutes);
  await app.register(planLifecycleRoutes);
  await app.register(frameworksRoutes);
  await app.register(frameworkItemsRoutes);
  await app.register(kpisRoutes);
  await app.register(kpiHistoryRoutes);
  await app.register(valuesRoutes);
  await app.register(dashboardRoutes);
  await app.register(kpiDefinitionsRoutes);
  await app.register(reviewsRoutes);
  await app.register(entryRoutes);
  await app.register(entryRulesRoutes);
  await app.register(importsRoutes);
  await app.register(reportsRoutes);
  await app.register(outlookRoutes);
  await app.register(explorerRoutes);
  await app.register(auditRoutes);
  await app.register(usersRoutes);
  await app.register(translationsRoutes);
  await app.register(notificationsRoutes);
  await app.register(risksRoutes);
  await app.register(recommendationsRoutes);
  await app.register(commitmentsRoutes);
  await app.register(mousRoutes);
  await app.register(themesRoutes);
  await app.register(resolutionsRoutes);
  await app.register(statisticsRoutes);
  await app.register(spa, { root: options.clientDist });
  return app;
}
