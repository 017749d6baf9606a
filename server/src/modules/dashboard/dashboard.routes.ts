import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { sendCachedJson } from '../../lib/cached-json.ts';
import { figuresContext } from '../figures/figures.service.ts';
import { getDashboard } from './dashboard.service.ts';

export async function dashboardRoutes(app: AppInstance): Promise<void> {
  app.get(api.getDashboard.url, { schema: api.getDashboard.schema }, async (request, reply) =>
    sendCachedJson(request, reply, await getDashboard(figuresContext(app, request), request.query)),
  );
}
