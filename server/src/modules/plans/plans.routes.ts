import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { seesDraftPlans } from './plan-status.ts';
import { getFramework, getPlan, listPlans, type PlanReadContext } from './plans.service.ts';

export async function plansRoutes(app: AppInstance): Promise<void> {
  const read = (request: FastifyRequest, query: { lang?: Language }): PlanReadContext => ({
    db: app.db,
    now: app.now(),
    language: requestLanguage(query, request.headers['accept-language']),
  });

  app.get(api.listPlans.url, { schema: api.listPlans.schema }, async (request) => ({
    items: await listPlans(read(request, request.query), { drafts: seesDraftPlans(request.actor) }),
  }));

  app.get(api.getPlan.url, { schema: api.getPlan.schema }, async (request) =>
    getPlan(read(request, request.query), request.params),
  );

  app.get(api.getFramework.url, { schema: api.getFramework.schema }, async (request) =>
    getFramework(read(request, request.query), request.params),
  );
}
