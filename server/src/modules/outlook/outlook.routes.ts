// GET /api/outlook: the "will we make it" table, as JSON or XLSX.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { figuresContext } from '../figures/figures.service.ts';
import { outlookXlsx } from './outlook.export.ts';
import { outlook } from './outlook.service.ts';

export async function outlookRoutes(app: AppInstance): Promise<void> {
  app.get(api.getOutlook.url, { schema: api.getOutlook.schema }, async (request, reply) => {
    const ctx = figuresContext(app, request);
    const result = await outlook(ctx, request.query);
    if (request.query.format !== 'xlsx') return result;
    const file = await outlookXlsx(result, ctx.language);
    return reply
      .type(file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });
}
