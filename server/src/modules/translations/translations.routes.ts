import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { confirmTranslation, translationSummary } from './translations.confirm.service.ts';
import { listTranslations, saveTranslation } from './translations.service.ts';

export async function translationsRoutes(app: AppInstance): Promise<void> {
  app.get(api.listTranslations.url, { schema: api.listTranslations.schema }, async (request) =>
    listTranslations(app.db, request.query),
  );
  app.get(api.translationSummary.url, { schema: api.translationSummary.schema }, async (request) =>
    translationSummary(app.db, request.query),
  );
  app.put(api.saveTranslation.url, { schema: api.saveTranslation.schema }, async (request) =>
    saveTranslation(app.db, { actor: request.actor, now: app.now() }, request.params, request.body),
  );
  app.post(api.confirmTranslation.url, { schema: api.confirmTranslation.schema }, async (request) =>
    confirmTranslation(app.db, { actor: request.actor, now: app.now() }, request.params),
  );
}
