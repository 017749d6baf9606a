// Published figures: the annual report (JSON, CSV, XLSX or PowerPoint), the comparison (JSON or the retreat
// deck), and the ICT statistics.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { exportAnnualReport } from './annual-report.export.ts';
import { annualReport } from './annual-report.service.ts';
import { outlook } from '../outlook/outlook.service.ts';
import { comparison } from './compare.service.ts';
import { retreatDeckPptx } from './retreat-deck.pptx.ts';
import { statistics } from './stats.service.ts';

export async function reportsRoutes(app: AppInstance): Promise<void> {
  app.get(api.getAnnualReport.url, { schema: api.getAnnualReport.schema }, async (request, reply) => {
    const { query } = request;
    const language = requestLanguage(query, request.headers['accept-language']);
    const report = await annualReport(app.db, app.measurements, {
      plan: query.plan,
      year: request.params.year,
      include: query.include,
      language,
      now: app.now(),
    });
    if (query.format === undefined || query.format === 'json') return report;
    // A Buffer is sent as it is: the JSON serializer never touches the file.
    const file = await exportAnnualReport(report, query.format, language, app.now());
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });

  app.get(api.getComparison.url, { schema: api.getComparison.schema }, async (request, reply) => {
    const { query } = request;
    const language = requestLanguage(query, request.headers['accept-language']);
    const asked = { plan: query.plan, include: query.include, language, now: app.now() };
    if (query.format !== 'pptx') {
      return comparison(app.db, app.measurements, {
        ...asked,
        period: query.period,
        by: query.by ?? 'sector',
      });
    }
    // The retreat deck has one slide per Sector whatever the rows on screen, with the same figures' outlook.
    const [sectors, forecasts] = await Promise.all([
      comparison(app.db, app.measurements, { ...asked, period: query.period, by: 'sector' }),
      outlook(app.db, app.measurements, asked),
    ]);
    const file = await retreatDeckPptx(sectors, forecasts, language, app.now().toISOString().slice(0, 10));
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });

  app.get(api.getStatistics.url, { schema: api.getStatistics.schema }, async (request) => {
    const { query } = request;
    return statistics(app.db, {
      indicator: query.indicator,
      area: query.area,
      language: requestLanguage(query, request.headers['accept-language']),
    });
  });
}
