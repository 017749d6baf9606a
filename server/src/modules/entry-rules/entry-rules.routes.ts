// Entry rules over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import type { Actor } from '../../lib/actor.ts';
import type { WriteServiceContext } from '../../lib/service-context.ts';
import { quarterContext, scopeOf } from '../review-scope/review-scope.request.ts';
import { loadEntryFindings } from './entry-findings.service.ts';
import { deleteKpiEntryRule, getEntryRules, putEntryRules, putKpiEntryRule } from './entry-rules.service.ts';

export async function entryRulesRoutes(app: AppInstance): Promise<void> {
  const write = (actor: Actor): WriteServiceContext => ({ db: app.db, now: app.now(), actor });

  app.get(api.getEntryRules.url, { schema: api.getEntryRules.schema }, async (request) =>
    getEntryRules({ db: app.db, now: app.now() }, request.params),
  );

  app.put(api.putEntryRules.url, { schema: api.putEntryRules.schema }, async (request) =>
    putEntryRules(write(request.actor), { plan: request.params.plan, body: request.body }),
  );

  app.put(api.putKpiEntryRule.url, { schema: api.putKpiEntryRule.schema }, async (request) =>
    putKpiEntryRule(write(request.actor), { ...request.params, body: request.body }),
  );

  app.delete(api.deleteKpiEntryRule.url, { schema: api.deleteKpiEntryRule.schema }, async (request) =>
    deleteKpiEntryRule(write(request.actor), request.params),
  );

  app.get(api.getEntryFindings.url, { schema: api.getEntryFindings.schema }, async (request) =>
    loadEntryFindings(quarterContext(app, request), scopeOf(request)),
  );
}
