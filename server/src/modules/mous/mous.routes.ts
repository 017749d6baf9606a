// The MoU register over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import type { SheetFile } from '../imports/spreadsheet.ts';
import { getMouHistory } from './mou-history.service.ts';
import { exportMous } from './mou-export.service.ts';
import { importMous, previewMouImport } from './mou-import.service.ts';
import { confirmMou, createMou, getMou, listMous, updateMou } from './mous.service.ts';

function sendFile(reply: FastifyReply, file: SheetFile & { filename: string }) {
  // A Buffer is sent as it is: the JSON serializer never touches the file.
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export async function mousRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listMous.url, { schema: api.listMous.schema }, async (request) =>
    listMous(ctx(request), request.query),
  );
  app.get(api.getMou.url, { schema: api.getMou.schema }, async (request) =>
    getMou(ctx(request), request.params),
  );
  app.post(api.createMou.url, { schema: api.createMou.schema }, async (request, reply) =>
    reply.code(201).send(await createMou(ctx(request), request.body)),
  );
  app.put(api.updateMou.url, { schema: api.updateMou.schema }, async (request) =>
    updateMou(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.confirmMou.url, { schema: api.confirmMou.schema }, async (request) =>
    confirmMou(ctx(request), request.params),
  );
  app.get(api.exportMous.url, { schema: api.exportMous.schema }, async (request, reply) =>
    sendFile(reply, await exportMous(ctx(request), request.query)),
  );
  app.post(api.previewMouImport.url, { schema: api.previewMouImport.schema }, async (request) =>
    previewMouImport(ctx(request), request.body),
  );
  app.post(api.importMous.url, { schema: api.importMous.schema }, async (request) =>
    importMous(ctx(request), request.body),
  );
  app.get(api.getMouHistory.url, { schema: api.getMouHistory.schema }, async (request) =>
    getMouHistory(ctx(request), request.params),
  );
}
