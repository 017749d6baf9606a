// Spreadsheet template, export and import of a priority's quarter over HTTP: resolve the quarter (as the
// review routes do), call the service, reply with the file or the figures.
import { api } from '@rbm/shared/api';
import type { EntryFileParams } from '@rbm/shared/schemas';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { resolveReview } from '../reviews/reviews.view.ts';
import { entryExport, entryTemplate } from './entry-files.service.ts';
import { confirmImport, previewImport } from './imports.service.ts';
import type { SheetFile } from './spreadsheet.ts';

// The base64 of a 5 MB file, with room for the JSON around it; beyond it Fastify answers 413.
const BODY_LIMIT = 8 * 1024 * 1024;

function sendFile(reply: FastifyReply, file: SheetFile & { filename: string }) {
  // A Buffer is sent as it is: the JSON serializer never touches the file.
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export async function importsRoutes(app: AppInstance): Promise<void> {
  const scopeOf = (request: FastifyRequest<{ Params: EntryFileParams; Querystring: { plan?: string } }>) =>
    resolveReview(app.db, request.params, request.query.plan, app.now());

  app.get(
    api.downloadEntryTemplate.url,
    { schema: api.downloadEntryTemplate.schema },
    async (request, reply) => {
      const scope = await scopeOf(request);
      const language = requestLanguage(request.query, request.headers['accept-language']);
      return sendFile(
        reply,
        await entryTemplate(app.db, scope, request.query.format ?? 'xlsx', app.now(), language),
      );
    },
  );

  app.get(api.exportEntry.url, { schema: api.exportEntry.schema }, async (request, reply) => {
    const scope = await scopeOf(request);
    const language = requestLanguage(request.query, request.headers['accept-language']);
    return sendFile(
      reply,
      await entryExport(app.db, scope, request.query.format ?? 'xlsx', app.now(), language),
    );
  });

  app.post(
    api.previewImport.url,
    { schema: api.previewImport.schema, bodyLimit: BODY_LIMIT },
    async (request) => previewImport(app.db, await scopeOf(request), request.body, app.now()),
  );

  app.post(
    api.confirmImport.url,
    { schema: api.confirmImport.schema, bodyLimit: BODY_LIMIT },
    async (request) => confirmImport(app.db, request.actor, await scopeOf(request), request.body, app.now()),
  );
}
