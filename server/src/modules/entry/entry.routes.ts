// The entry grid and the due list over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import type { ReviewDeps } from '../reviews/reviews.view.ts';
import { resolveReview } from '../reviews/reviews.view.ts';
import { listDueWork, loadEntrySheet } from './entry.service.ts';

export async function entryRoutes(app: AppInstance): Promise<void> {
  const deps = (): ReviewDeps => ({ db: app.db, measurements: app.measurements, now: app.now() });

  app.get(api.listDueWork.url, { schema: api.listDueWork.schema }, async (request) =>
    listDueWork(
      deps(),
      request.query,
      requestLanguage(request.query, request.headers['accept-language']),
      request.actor,
    ),
  );

  app.get(api.getEntrySheet.url, { schema: api.getEntrySheet.schema }, async (request) => {
    const context = deps();
    const scope = await resolveReview(context.db, request.params, request.query.plan, context.now);
    const language = requestLanguage(request.query, request.headers['accept-language']);
    return loadEntrySheet(context, scope, language, request.actor);
  });
}
