// GET /api/explorer: parse, call, reply.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { explorer } from './explorer.service.ts';

export async function explorerRoutes(app: AppInstance): Promise<void> {
  app.get(api.getExplorer.url, { schema: api.getExplorer.schema }, async (request) => {
    const { query } = request;
    return explorer(app.db, app.measurements, {
      plan: query.plan,
      period: query.period,
      view: query.view ?? 'goal',
      sector: query.sector,
      region: query.region,
      status: query.status,
      include: query.include,
      language: requestLanguage(query, request.headers['accept-language']),
      now: app.now(),
    });
  });
}
