// What a route handler working on a priority's quarter reads from its request: the scope the auth plugin
// resolved, and the context the services take (database, clock, figures, language, who asks).
import type { Language } from '@rbm/shared';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import type { QuarterWriteContext, ReviewScope } from './review-scope.service.ts';

/** The scope the auth plugin resolved for this request (a route with `:priority` and `:period`). */
export function scopeOf(request: FastifyRequest): ReviewScope {
  const scope = request.reviewScope;
  if (!scope) throw new Error(`${request.method} ${request.url} names no priority's quarter`);
  return scope;
}

/** The services' context of a request (writes check the actor's role themselves). */
export function quarterContext(app: AppInstance, request: FastifyRequest): QuarterWriteContext {
  return {
    db: app.db,
    now: app.now(),
    measurements: app.measurements,
    language: requestLanguage(request.query as { lang?: Language }, request.headers['accept-language']),
    actor: request.actor,
  };
}
