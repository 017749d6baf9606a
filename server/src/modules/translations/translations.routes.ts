import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { confirmTranslation, translationSummary } from './translations.confirm.service.ts';
import { listTranslations, saveTranslation } from './translations.service.ts';

export async function translationsRoutes(app: AppInstance): Promise<void> {
  const read = (): ServiceContext => ({ db: app.db, now: app.now() });
  const write = (request: FastifyRequest): WriteServiceContext => ({ ...read(), actor: request.actor });
  app.get(api.listTranslations.url, { schema: api.listTranslations.schema }, async (request) =>
    listTranslations(read(), request.query),
  );
  app.get(api.translationSummary.url, { schema: api.translationSummary.schema }, async (request) =>
    translationSummary(read(), request.query),
  );
  app.put(api.saveTranslation.url, { schema: api.saveTranslation.schema }, async (request) =>
    saveTranslation(write(request), { ...request.params, ...request.body }),
  );
  app.post(api.confirmTranslation.url, { schema: api.confirmTranslation.schema }, async (request) =>
    confirmTranslation(write(request), request.params),
  );
}
