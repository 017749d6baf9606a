// The risk register over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import type { SheetFile } from '../imports/spreadsheet.ts';
import { getRisk, getRiskHeatMap, getTopRisks, listKpiRisks, listRisks } from './risk-register.service.ts';
import { exportRisks } from './risk-export.service.ts';
import { importRisks, previewRiskImport } from './risk-import.service.ts';
import { assessRisk, confirmRiskAssessment, createRisk, updateRisk } from './risks.service.ts';

function sendFile(reply: FastifyReply, file: SheetFile & { filename: string }) {
  // A Buffer is sent as it is: the JSON serializer never touches the file.
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

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
  app.get(api.exportRisks.url, { schema: api.exportRisks.schema }, async (request, reply) => {
    return sendFile(reply, await exportRisks(ctx(request), request.query));
  });
  app.post(api.previewRiskImport.url, { schema: api.previewRiskImport.schema }, async (request) =>
    previewRiskImport(ctx(request), request.body),
  );
  app.post(api.importRisks.url, { schema: api.importRisks.schema }, async (request) =>
    importRisks(ctx(request), request.body),
  );
  app.get(api.listKpiRisks.url, { schema: api.listKpiRisks.schema }, async (request) =>
    listKpiRisks(ctx(request), request.params),
  );
}
