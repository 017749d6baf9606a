// Commitments and actions over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import type { SheetFile } from '../imports/spreadsheet.ts';
import { exportCommitments } from './commitment-export.service.ts';
import { importCommitments, previewCommitmentImport } from './commitment-import.service.ts';
import { getCommitment, listCommitments } from './commitment-register.service.ts';
import {
  addCommitmentProgress,
  confirmCommitment,
  createCommitment,
  updateCommitment,
} from './commitments.service.ts';

function sendFile(reply: FastifyReply, file: SheetFile & { filename: string }) {
  // A Buffer is sent as it is: the JSON serializer never touches the file.
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export async function commitmentsRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listCommitments.url, { schema: api.listCommitments.schema }, async (request) =>
    listCommitments(ctx(request), request.query),
  );
  app.get(api.getCommitment.url, { schema: api.getCommitment.schema }, async (request) =>
    getCommitment(ctx(request), request.params),
  );
  app.post(api.createCommitment.url, { schema: api.createCommitment.schema }, async (request, reply) =>
    reply.code(201).send(await createCommitment(ctx(request), request.body)),
  );
  app.put(api.updateCommitment.url, { schema: api.updateCommitment.schema }, async (request) =>
    updateCommitment(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.addCommitmentProgress.url, { schema: api.addCommitmentProgress.schema }, async (request) =>
    addCommitmentProgress(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.confirmCommitment.url, { schema: api.confirmCommitment.schema }, async (request) =>
    confirmCommitment(ctx(request), request.params),
  );
  app.get(api.exportCommitments.url, { schema: api.exportCommitments.schema }, async (request, reply) =>
    sendFile(reply, await exportCommitments(ctx(request), request.query)),
  );
  app.post(api.previewCommitmentImport.url, { schema: api.previewCommitmentImport.schema }, async (request) =>
    previewCommitmentImport(ctx(request), request.body),
  );
  app.post(api.importCommitments.url, { schema: api.importCommitments.schema }, async (request) =>
    importCommitments(ctx(request), request.body),
  );
}
