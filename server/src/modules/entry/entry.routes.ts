// The entry grid and the due list over HTTP: the auth plugin resolved the grid's quarter (scopeOf); call
// the service with the request's context, reply.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { quarterContext, scopeOf } from '../review-scope/review-scope.request.ts';
import { listDueWork, loadEntrySheet } from './entry.service.ts';

export async function entryRoutes(app: AppInstance): Promise<void> {
  app.get(api.listDueWork.url, { schema: api.listDueWork.schema }, async (request) =>
    listDueWork(quarterContext(app, request), request.query),
  );

  app.get(api.getEntrySheet.url, { schema: api.getEntrySheet.schema }, async (request) =>
    loadEntrySheet(quarterContext(app, request), scopeOf(request)),
  );
}
