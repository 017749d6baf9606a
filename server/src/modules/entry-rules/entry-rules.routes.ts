// Entry rules over HTTP: parse, call the service, reply.
import { api } from '@rbm/shared/api';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { resolveReview, type ReviewDeps } from '../reviews/reviews.view.ts';
import { loadEntryFindings } from './entry-findings.service.ts';
import { deleteKpiEntryRule, getEntryRules, putEntryRules, putKpiEntryRule } from './entry-rules.service.ts';

export async function entryRulesRoutes(app: AppInstance): Promise<void> {
  app.get(api.getEntryRules.url, { schema: api.getEntryRules.schema }, async (request) =>
    getEntryRules(app.db, request.params.plan),
  );

  app.put(api.putEntryRules.url, { schema: api.putEntryRules.schema }, async (request) =>
    putEntryRules(app.db, { actor: request.actor, now: app.now() }, request.params.plan, request.body),
  );

  app.put(api.putKpiEntryRule.url, { schema: api.putKpiEntryRule.schema }, async (request) =>
    putKpiEntryRule(app.db, { actor: request.actor, now: app.now() }, request.params, request.body),
  );

  app.delete(api.deleteKpiEntryRule.url, { schema: api.deleteKpiEntryRule.schema }, async (request) =>
    deleteKpiEntryRule(app.db, { actor: request.actor, now: app.now() }, request.params),
  );

  app.get(api.getEntryFindings.url, { schema: api.getEntryFindings.schema }, async (request) => {
    const deps: ReviewDeps = { db: app.db, measurements: app.measurements, now: app.now() };
    const scope = await resolveReview(deps.db, request.params, request.query.plan, deps.now);
    const language = requestLanguage(request.query, request.headers['accept-language']);
    return loadEntryFindings(deps, scope, language, request.actor);
  });
}
