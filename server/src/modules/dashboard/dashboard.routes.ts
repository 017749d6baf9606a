import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { visibilityOf } from '../measurement/visibility.ts';
import { getDashboard } from './dashboard.service.ts';
import { sendCachedJson } from '../../lib/cached-json.ts';

export async function dashboardRoutes(app: AppInstance): Promise<void> {
  app.get(api.getDashboard.url, { schema: api.getDashboard.schema }, async (request, reply) => {
    const dashboard = await getDashboard(
      {
        db: app.db,
        store: app.measurements,
        now: app.now(),
        language: requestLanguage(request.query, request.headers['accept-language']),
        visibility: visibilityOf(request.query.include),
      },
      request.query,
    );
    return sendCachedJson(request, reply, dashboard);
  });
}
