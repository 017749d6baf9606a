import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { getKpiHistory } from './kpi-history.service.ts';

export async function kpiHistoryRoutes(app: AppInstance): Promise<void> {
  app.get(api.getKpiHistory.url, { schema: api.getKpiHistory.schema }, async (request) =>
    getKpiHistory(
      { db: app.db, now: app.now() },
      { id: request.params.id, includeUnapproved: request.query.include === 'unapproved' },
    ),
  );
}
