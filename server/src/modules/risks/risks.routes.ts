// The risk register over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { getRisk, getRiskHeatMap, getTopRisks, listKpiRisks, listRisks } from './risk-register.service.ts';
import { assessRisk, confirmRiskAssessment, createRisk, updateRisk } from './risks.service.ts';

export async function risksRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listRisks.url, { schema: api.listRisks.schema }, async (request) =>
    listRisks(ctx(request), request.query),
  );
  app.get(api.getRiskHeatMap.url, { schema: api.getRiskHeatMap.schema }, async (request) =>
    getRiskHeatMap(ctx(request), request.query),
  );
  app.get(api.getTopRisks.url, { schema: api.getTopRisks.schema }, async (request) =>
    getTopRisks(ctx(request), request.query),
  );
  app.get(api.getRisk.url, { schema: api.getRisk.schema }, async (request) =>
    getRisk(ctx(request), request.params),
  );
  app.post(api.createRisk.url, { schema: api.createRisk.schema }, async (request, reply) =>
    reply.code(201).send(await createRisk(ctx(request), request.body)),
  );
  app.put(api.updateRisk.url, { schema: api.updateRisk.schema }, async (request) =>
    updateRisk(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.put(api.assessRisk.url, { schema: api.assessRisk.schema }, async (request) =>
    assessRisk(ctx(request), { ...request.params, body: request.body }),
  );
  app.post(api.confirmRiskAssessment.url, { schema: api.confirmRiskAssessment.schema }, async (request) =>
    confirmRiskAssessment(ctx(request), request.params),
  );
  app.get(api.listKpiRisks.url, { schema: api.listKpiRisks.schema }, async (request) =>
    listKpiRisks(ctx(request), request.params),
  );
}
