// Authoring the framework's items over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { getFrameworkItemHistory } from './framework-item-history.service.ts';
import {
  reorderFrameworkItem,
  restoreFrameworkItem,
  retireFrameworkItem,
} from './framework-item-lifecycle.service.ts';
import {
  createFrameworkItem,
  getFrameworkItem,
  listFrameworkItems,
  updateFrameworkItem,
} from './framework-items.service.ts';
import { moveKpiLink } from './kpi-links.service.ts';

export async function frameworkItemsRoutes(app: AppInstance): Promise<void> {
  const ctx = (request: FastifyRequest): WriteServiceContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
  });

  app.get(api.listFrameworkItems.url, { schema: api.listFrameworkItems.schema }, async (request) =>
    listFrameworkItems(ctx(request), request.query),
  );
  app.get(api.getFrameworkItem.url, { schema: api.getFrameworkItem.schema }, async (request) =>
    getFrameworkItem(ctx(request), request.params),
  );
  app.get(api.getFrameworkItemHistory.url, { schema: api.getFrameworkItemHistory.schema }, async (request) =>
    getFrameworkItemHistory(ctx(request), request.params),
  );
  app.post(
    api.createFrameworkItem.url,
    { schema: api.createFrameworkItem.schema },
    async (request, reply) => {
      const item = await createFrameworkItem(ctx(request), { kind: request.params.kind, body: request.body });
      return reply.code(201).send(item);
    },
  );
  app.patch(api.updateFrameworkItem.url, { schema: api.updateFrameworkItem.schema }, async (request) =>
    updateFrameworkItem(ctx(request), { ...request.params, body: request.body }),
  );
  app.post(api.reorderFrameworkItem.url, { schema: api.reorderFrameworkItem.schema }, async (request) =>
    reorderFrameworkItem(ctx(request), { ...request.params, body: request.body }),
  );
  app.post(api.retireFrameworkItem.url, { schema: api.retireFrameworkItem.schema }, async (request) =>
    retireFrameworkItem(ctx(request), { ...request.params, body: request.body }),
  );
  app.post(api.restoreFrameworkItem.url, { schema: api.restoreFrameworkItem.schema }, async (request) =>
    restoreFrameworkItem(ctx(request), { ...request.params, body: request.body }),
  );
  app.post(api.moveKpiLink.url, { schema: api.moveKpiLink.schema }, async (request) =>
    moveKpiLink(ctx(request), { id: request.params.id, body: request.body }),
  );
}
