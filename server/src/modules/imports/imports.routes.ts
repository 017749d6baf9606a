// Spreadsheet template, export and import of a priority's quarter over HTTP: the auth plugin resolved the
// quarter (scopeOf); call the service, reply with the file or the figures.
import { api } from '@rbm/shared/api';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { quarterContext, scopeOf } from '../review-scope/review-scope.request.ts';
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
  app.get(
    api.downloadEntryTemplate.url,
    { schema: api.downloadEntryTemplate.schema },
    async (request, reply) => {
      const input = { scope: scopeOf(request), format: request.query.format ?? 'xlsx' };
      return sendFile(reply, await entryTemplate(quarterContext(app, request), input));
    },
  );

  app.get(api.exportEntry.url, { schema: api.exportEntry.schema }, async (request, reply) => {
    const input = { scope: scopeOf(request), format: request.query.format ?? 'xlsx' };
    return sendFile(reply, await entryExport(quarterContext(app, request), input));
  });

  app.post(
    api.previewImport.url,
    { schema: api.previewImport.schema, bodyLimit: BODY_LIMIT },
    async (request) =>
      previewImport(quarterContext(app, request), { scope: scopeOf(request), body: request.body }),
  );

  app.post(
    api.confirmImport.url,
    { schema: api.confirmImport.schema, bodyLimit: BODY_LIMIT },
    async (request) =>
      confirmImport(quarterContext(app, request), { scope: scopeOf(request), body: request.body }),
  );
}
