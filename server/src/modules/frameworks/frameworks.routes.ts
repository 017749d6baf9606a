// The framework document and workbook over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { ServiceContext, WriteServiceContext } from '../../lib/service-context.ts';
import { confirmFrameworkImport, previewFrameworkImport } from './framework-import.service.ts';
import { exportFrameworkDocument } from './framework-export.service.ts';
import { writeFrameworkWorkbook, XLSX_TYPE } from './framework-workbook.ts';

function sendWorkbook(reply: FastifyReply, planCode: string, body: Buffer) {
  // A Buffer is sent as it is: the JSON serializer never touches the file.
  return reply
    .type(XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${planCode}-framework.xlsx"`)
    .send(body);
}

export async function frameworksRoutes(app: AppInstance): Promise<void> {
  const ctx = (): ServiceContext => ({ db: app.db, now: app.now() });

  app.get(
    api.exportFrameworkDocument.url,
    { schema: api.exportFrameworkDocument.schema },
    async (request, reply) => {
      const document = await exportFrameworkDocument(ctx(), request.params);
      return reply
        .header('content-disposition', `attachment; filename="${document.plan.code}-framework.json"`)
        .send(document);
    },
  );

  app.get(
    api.exportFrameworkWorkbook.url,
    { schema: api.exportFrameworkWorkbook.schema },
    async (request, reply) => {
      const document = await exportFrameworkDocument(ctx(), request.params);
      return sendWorkbook(reply, document.plan.code, await writeFrameworkWorkbook(document));
    },
  );

  const write = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });
  app.post(api.previewFrameworkImport.url, { schema: api.previewFrameworkImport.schema }, async (request) =>
    previewFrameworkImport(write(request), request.body),
  );
  app.post(api.confirmFrameworkImport.url, { schema: api.confirmFrameworkImport.schema }, async (request) =>
    confirmFrameworkImport(write(request), request.body),
  );
}
