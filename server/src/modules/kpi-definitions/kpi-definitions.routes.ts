import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { createKpi, reviseTarget, updateKpi } from './kpi-definitions.service.ts';

export async function kpiDefinitionsRoutes(app: AppInstance): Promise<void> {
  app.post(api.createKpi.url, { schema: api.createKpi.schema }, async (request, reply) => {
    const kpi = await createKpi(app.db, { actor: request.actor, now: app.now() }, request.body);
    return reply.code(201).header('location', `/api/kpis/${kpi.id}`).send(kpi);
  });

  app.patch(api.updateKpi.url, { schema: api.updateKpi.schema }, async (request) =>
    updateKpi(
      app.db,
      { actor: request.actor, now: app.now() },
      { id: request.params.id, changes: request.body },
    ),
  );

  app.post(api.reviseKpiTarget.url, { schema: api.reviseKpiTarget.schema }, async (request, reply) => {
    const revision = await reviseTarget(
      app.db,
      { actor: request.actor, now: app.now() },
      { id: request.params.id, revision: request.body },
    );
    return reply.code(201).send(revision);
  });
}
