// GET /api/outlook: the "will we make it" table, as JSON or XLSX.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { outlookXlsx } from './outlook.export.ts';
import { outlook } from './outlook.service.ts';

export async function outlookRoutes(app: AppInstance): Promise<void> {
  app.get(api.getOutlook.url, { schema: api.getOutlook.schema }, async (request, reply) => {
    const { query } = request;
    const language = requestLanguage(query, request.headers['accept-language']);
    const result = await outlook(app.db, app.measurements, {
      plan: query.plan,
      include: query.include,
      language,
      now: app.now(),
    });
    if (query.format !== 'xlsx') return result;
    const file = await outlookXlsx(result, language);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });
}
