// The compliance dashboard over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import type { SheetFile } from '../imports/spreadsheet.ts';
import { exportRecommendations } from './recommendation-export.service.ts';
import { importRecommendations, previewRecommendationImport } from './recommendation-import.service.ts';
import {
  getRecommendation,
  getRecommendationRates,
  listRecommendations,
} from './recommendation-register.service.ts';
import {
  confirmRecommendation,
  createRecommendation,
  updateRecommendation,
} from './recommendations.service.ts';

function sendFile(reply: FastifyReply, file: SheetFile & { filename: string }) {
  // A Buffer is sent as it is: the JSON serializer never touches the file.
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export async function recommendationsRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listRecommendations.url, { schema: api.listRecommendations.schema }, async (request) =>
    listRecommendations(ctx(request), request.query),
  );
  app.get(api.getRecommendationRates.url, { schema: api.getRecommendationRates.schema }, async (request) =>
    getRecommendationRates(ctx(request), request.query),
  );
  app.get(api.getRecommendation.url, { schema: api.getRecommendation.schema }, async (request) =>
    getRecommendation(ctx(request), request.params),
  );
  app.post(
    api.createRecommendation.url,
    { schema: api.createRecommendation.schema },
    async (request, reply) => reply.code(201).send(await createRecommendation(ctx(request), request.body)),
  );
  app.put(api.updateRecommendation.url, { schema: api.updateRecommendation.schema }, async (request) =>
    updateRecommendation(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.confirmRecommendation.url, { schema: api.confirmRecommendation.schema }, async (request) =>
    confirmRecommendation(ctx(request), request.params),
  );
  app.get(
    api.exportRecommendations.url,
    { schema: api.exportRecommendations.schema },
    async (request, reply) => sendFile(reply, await exportRecommendations(ctx(request), request.query)),
  );
  app.post(
    api.previewRecommendationImport.url,
    { schema: api.previewRecommendationImport.schema },
    async (request) => previewRecommendationImport(ctx(request), request.body),
  );
  app.post(api.importRecommendations.url, { schema: api.importRecommendations.schema }, async (request) =>
    importRecommendations(ctx(request), request.body),
  );
}
