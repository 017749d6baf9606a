import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { figuresContext } from '../figures/figures.service.ts';
import { seesDraftPlans } from '../plans/plan-status.ts';
import { getKpiDetailByCode } from './kpi-by-code.service.ts';
import { getKpiLineage } from './kpi-lineage.service.ts';
import { getKpiDetail, listKpis } from './kpis.service.ts';

export async function kpisRoutes(app: AppInstance): Promise<void> {
  app.get(api.listKpis.url, { schema: api.listKpis.schema }, async (request) => {
    const { include: _include, lang: _lang, ...filters } = request.query;
    return listKpis(figuresContext(app, request, request.actor.priorityIds), filters);
  });

  app.get(api.getKpi.url, { schema: api.getKpi.schema }, async (request) =>
    getKpiDetail(figuresContext(app, request), request.params.id),
  );

  app.get(api.getKpiByCode.url, { schema: api.getKpiByCode.schema }, async (request) =>
    getKpiDetailByCode(figuresContext(app, request, request.actor.priorityIds), request.params),
  );

  app.get(api.getKpiLineage.url, { schema: api.getKpiLineage.schema }, async (request) =>
    getKpiLineage(figuresContext(app, request), {
      id: request.params.id,
      seesDrafts: seesDraftPlans(request.actor),
    }),
  );
}
