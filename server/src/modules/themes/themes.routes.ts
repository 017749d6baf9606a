// Intersectoral coordination over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { figuresContext, readContext } from '../figures/figures.service.ts';
import { exportActivities, importActivities, previewActivityImport } from './activity-sheet.service.ts';
import { createActivity, getActivity, listActivities, updateActivity } from './activities.service.ts';
import { getThemeMatrix } from './matrix.service.ts';
import { decideRadarCandidate, getRadar } from './radar.service.ts';
import { exportThemeReport } from './theme-report.export.ts';
import { themeReport } from './theme-report.service.ts';
import { appointThemeCoordinator, appointThemeFocalPoint, listThemes } from './themes.service.ts';

export async function themesRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listThemes.url, { schema: api.listThemes.schema }, async (request) =>
    listThemes(readContext(app, request)),
  );
  app.put(api.appointThemeCoordinator.url, { schema: api.appointThemeCoordinator.schema }, async (request) =>
    appointThemeCoordinator(ctx(request), { code: request.params.code, body: request.body }),
  );
  app.put(api.appointThemeFocalPoint.url, { schema: api.appointThemeFocalPoint.schema }, async (request) =>
    appointThemeFocalPoint(ctx(request), { ...request.params, body: request.body }),
  );
  app.get(api.listActivities.url, { schema: api.listActivities.schema }, async (request) =>
    listActivities(ctx(request), request.query),
  );
  app.get(api.exportActivities.url, { schema: api.exportActivities.schema }, async (request, reply) => {
    const file = await exportActivities(ctx(request), request.query);
    // A Buffer is sent as it is: the JSON serializer never touches the file.
    return (reply as FastifyReply)
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });
  app.post(api.previewActivityImport.url, { schema: api.previewActivityImport.schema }, async (request) =>
    previewActivityImport(ctx(request), request.body),
  );
  app.post(api.importActivities.url, { schema: api.importActivities.schema }, async (request) =>
    importActivities(ctx(request), request.body),
  );
  app.get(api.getActivity.url, { schema: api.getActivity.schema }, async (request) =>
    getActivity(ctx(request), request.params),
  );
  app.post(api.createActivity.url, { schema: api.createActivity.schema }, async (request, reply) =>
    reply.code(201).send(await createActivity(ctx(request), request.body)),
  );
  app.put(api.updateActivity.url, { schema: api.updateActivity.schema }, async (request) =>
    updateActivity(ctx(request), { id: request.params.id, body: request.body }),
  );
  app.get(api.getThemeMatrix.url, { schema: api.getThemeMatrix.schema }, async (request) =>
    getThemeMatrix(figuresContext(app, request), request.query),
  );
  app.get(api.getRadar.url, { schema: api.getRadar.schema }, async (request) =>
    getRadar(ctx(request), request.query),
  );
  app.post(api.decideRadarCandidate.url, { schema: api.decideRadarCandidate.schema }, async (request) =>
    decideRadarCandidate(ctx(request), request.body),
  );
  app.get(api.getThemeReport.url, { schema: api.getThemeReport.schema }, async (request, reply) => {
    const { query } = request;
    const figures = figuresContext(app, request);
    const report = await themeReport(figures, { plan: query.plan, year: request.params.year });
    if (query.format === undefined || query.format === 'json') return report;
    const file = await exportThemeReport(report, query.format, figures.language, figures.now);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });
}
