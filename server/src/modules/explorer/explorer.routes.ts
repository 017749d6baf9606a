// GET /api/explorer: parse, call, reply.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { figuresContext } from '../figures/figures.service.ts';
import { explorer } from './explorer.service.ts';

export async function explorerRoutes(app: AppInstance): Promise<void> {
  app.get(api.getExplorer.url, { schema: api.getExplorer.schema }, async (request) =>
    explorer(figuresContext(app, request), request.query),
  );
}
