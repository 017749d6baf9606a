// Published figures: the annual report (JSON, CSV, XLSX or PowerPoint), the comparison (JSON or the retreat
// deck), and the ICT statistics.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { figuresContext, readContext } from '../figures/figures.service.ts';
import { outlook } from '../outlook/outlook.service.ts';
import { exportAnnualReport } from './annual-report.export.ts';
import { annualReport } from './annual-report.service.ts';
import { comparison } from './compare.service.ts';
import { retreatDeckPptx } from './retreat-deck.pptx.ts';
import { statistics } from './stats.service.ts';

export async function reportsRoutes(app: AppInstance): Promise<void> {
  app.get(api.getAnnualReport.url, { schema: api.getAnnualReport.schema }, async (request, reply) => {
    const { query } = request;
    const ctx = figuresContext(app, request);
    const report = await annualReport(ctx, { plan: query.plan, year: request.params.year });
    if (query.format === undefined || query.format === 'json') return report;
    // A Buffer is sent as it is: the JSON serializer never touches the file.
    const file = await exportAnnualReport(report, query.format, ctx.language, ctx.now);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });

  app.get(api.getComparison.url, { schema: api.getComparison.schema }, async (request, reply) => {
    const { query } = request;
    const ctx = figuresContext(app, request);
    if (query.format !== 'pptx') return comparison(ctx, { ...query, by: query.by ?? 'sector' });
    // The retreat deck has one slide per Sector whatever the rows on screen, with the same figures' outlook.
    const [sectors, forecasts] = await Promise.all([
      comparison(ctx, { plan: query.plan, period: query.period, by: 'sector' }),
      outlook(ctx, query),
    ]);
    const file = await retreatDeckPptx(sectors, forecasts, ctx.language, ctx.now.toISOString().slice(0, 10));
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });

  app.get(api.getStatistics.url, { schema: api.getStatistics.schema }, async (request) =>
    statistics(readContext(app, request), request.query),
  );
}
