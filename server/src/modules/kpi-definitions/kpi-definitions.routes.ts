import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { setAnnualTargets } from './kpi-annual-targets.service.ts';
import { createKpi, listKpiDefinitions, reviseTarget, updateKpi } from './kpi-definitions.service.ts';

export async function kpiDefinitionsRoutes(app: AppInstance): Promise<void> {
  const write = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listKpiDefinitions.url, { schema: api.listKpiDefinitions.schema }, async (request) =>
    listKpiDefinitions({ db: app.db, now: app.now() }, { plan: request.query.plan }),
  );

  app.post(api.createKpi.url, { schema: api.createKpi.schema }, async (request, reply) => {
    const kpi = await createKpi(write(request), request.body);
    return reply.code(201).header('location', `/api/kpis/${kpi.id}`).send(kpi);
  });

  app.patch(api.updateKpi.url, { schema: api.updateKpi.schema }, async (request) =>
    updateKpi(write(request), { id: request.params.id, changes: request.body }),
  );

  app.post(api.reviseKpiTarget.url, { schema: api.reviseKpiTarget.schema }, async (request, reply) => {
    const revision = await reviseTarget(write(request), { id: request.params.id, revision: request.body });
    return reply.code(201).send(revision);
  });

  app.put(api.setAnnualTargets.url, { schema: api.setAnnualTargets.schema }, async (request) =>
    setAnnualTargets(write(request), request.body),
  );
}
