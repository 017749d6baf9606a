// Statistics editions over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { importStatistics, previewStatisticsImport } from './statistics-sheet.service.ts';

export async function statisticsRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });
  app.post(api.previewStatisticsImport.url, { schema: api.previewStatisticsImport.schema }, async (request) =>
    previewStatisticsImport(ctx(request), request.body),
  );
  app.post(api.importStatistics.url, { schema: api.importStatistics.schema }, async (request) =>
    importStatistics(ctx(request), request.body),
  );
}
