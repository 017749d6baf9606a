import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { createKpi, reviseTarget, updateKpi } from './kpi-definitions.service.ts';

export async function kpiDefinitionsRoutes(app: AppInstance): Promise<void> {
  const write = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

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
}
