import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { getFramework, getPlan, listPlans } from './plans.service.ts';

export async function plansRoutes(app: AppInstance): Promise<void> {
  app.get(api.listPlans.url, { schema: api.listPlans.schema }, async (request) => ({
    items: await listPlans(app.db, requestLanguage(request.query, request.headers['accept-language'])),
  }));

  app.get(api.getPlan.url, { schema: api.getPlan.schema }, async (request) =>
    getPlan(app.db, request.params.plan, requestLanguage(request.query, request.headers['accept-language'])),
  );

  app.get(api.getFramework.url, { schema: api.getFramework.schema }, async (request) =>
    getFramework(
      app.db,
      request.params.plan,
      requestLanguage(request.query, request.headers['accept-language']),
    ),
  );
}
