import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { visibilityOf } from '../measurement/visibility.ts';
import { getKpiDetailByCode } from './kpi-by-code.service.ts';
import { getKpiDetail, listKpis } from './kpis.service.ts';

export async function kpisRoutes(app: AppInstance): Promise<void> {
  app.get(api.listKpis.url, { schema: api.listKpis.schema }, async (request) => {
    const { include, lang, ...filters } = request.query;
    return listKpis(
      {
        db: app.db,
        store: app.measurements,
        now: app.now(),
        language: requestLanguage({ lang }, request.headers['accept-language']),
        visibility: visibilityOf(include),
        scope: request.actor.priorityIds,
      },
      filters,
    );
  });

  app.get(api.getKpi.url, { schema: api.getKpi.schema }, async (request) =>
    getKpiDetail(
      {
        db: app.db,
        store: app.measurements,
        now: app.now(),
        language: requestLanguage(request.query, request.headers['accept-language']),
        visibility: visibilityOf(request.query.include),
      },
      request.params.id,
    ),
  );

  app.get(api.getKpiByCode.url, { schema: api.getKpiByCode.schema }, async (request) => {
    const { include, lang } = request.query;
    return getKpiDetailByCode(
      {
        db: app.db,
        store: app.measurements,
        now: app.now(),
        language: requestLanguage({ lang }, request.headers['accept-language']),
        visibility: visibilityOf(include),
        scope: request.actor.priorityIds,
      },
      request.params,
    );
  });
}
