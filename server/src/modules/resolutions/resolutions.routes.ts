// The resolution mapping over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { exportResolutions, importResolutions, previewResolutionImport } from './resolution-sheet.service.ts';
import { createResolution, getResolution, listResolutions, updateResolution } from './resolutions.service.ts';

export async function resolutionsRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listResolutions.url, { schema: api.listResolutions.schema }, async (request) =>
    listResolutions(ctx(request), request.query),
  );
  app.get(api.exportResolutions.url, { schema: api.exportResolutions.schema }, async (request, reply) => {
    const file = await exportResolutions(ctx(request), request.query);
    // A Buffer is sent as it is: the JSON serializer never touches the file.
    return (reply as FastifyReply)
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });
  app.get(api.getResolution.url, { schema: api.getResolution.schema }, async (request) =>
    getResolution(ctx(request), request.params),
  );
  app.post(api.createResolution.url, { schema: api.createResolution.schema }, async (request, reply) =>
    reply.code(201).send(await createResolution(ctx(request), request.body)),
  );
  app.put(api.updateResolution.url, { schema: api.updateResolution.schema }, async (request) =>
    updateResolution(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.post(api.previewResolutionImport.url, { schema: api.previewResolutionImport.schema }, async (request) =>
    previewResolutionImport(ctx(request), request.body),
  );
  app.post(api.importResolutions.url, { schema: api.importResolutions.schema }, async (request) =>
    importResolutions(ctx(request), request.body),
  );
}
