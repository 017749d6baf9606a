import { api } from '@rbm/shared/api';
import type { Language } from '@rbm/shared';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import {
  activatePlan,
  closePlan,
  createSuccessor,
  getActivationChecklist,
  type PlanWriteContext,
} from './plan-lifecycle.service.ts';

export async function planLifecycleRoutes(app: AppInstance): Promise<void> {
  const write = (request: FastifyRequest, query: { lang?: Language } = {}): PlanWriteContext => ({
    db: app.db,
    now: app.now(),
    actor: request.actor,
    language: requestLanguage(query, request.headers['accept-language']),
  });

  app.post(api.createPlanSuccessor.url, { schema: api.createPlanSuccessor.schema }, async (request, reply) =>
    reply.code(201).send(await createSuccessor(write(request), { ...request.body, ...request.params })),
  );

  app.get(
    api.getPlanActivationChecklist.url,
    { schema: api.getPlanActivationChecklist.schema },
    async (request) => getActivationChecklist({ db: app.db }, request.params),
  );

  app.post(api.activatePlan.url, { schema: api.activatePlan.schema }, async (request) =>
    activatePlan(write(request, request.query), request.params),
  );

  app.post(api.closePlan.url, { schema: api.closePlan.schema }, async (request) =>
    closePlan(write(request, request.query), request.params),
  );
}
