// Quarterly reviews over HTTP: each handler resolves the priority's quarter, calls the service and replies.
import { api } from '@rbm/shared/api';
import type { ReviewParams, ReviewQuery } from '@rbm/shared/schemas';
import { createActionItem, updateActionItem } from './action-items.service.ts';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { requestLanguage } from '../../lib/language.ts';
import { approveReview, decideReview, returnReview } from './reviews.decision.ts';
import { reopenReview, submitReview, updateNarrative } from './reviews.service.ts';
import { listReviews, loadReview, resolveReview, type ReviewDeps } from './reviews.view.ts';

/** Decisions whose body is optional may be posted without one: an absent body is an empty object. */
async function absentBodyIsEmpty(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

export async function reviewsRoutes(app: AppInstance): Promise<void> {
  const deps = (): ReviewDeps => ({ db: app.db, measurements: app.measurements, now: app.now() });
  const language = (request: FastifyRequest<{ Querystring: { lang?: ReviewQuery['lang'] } }>) =>
    requestLanguage(request.query, request.headers['accept-language']);
  /** The review a `/api/reviews/:priority/:period...` request names, and the context to work on it. */
  const target = async (request: FastifyRequest<{ Params: ReviewParams; Querystring: ReviewQuery }>) => {
    const context = deps();
    const scope = await resolveReview(context.db, request.params, request.query.plan, context.now);
    return { context, scope, language: language(request) };
  };

  app.get(api.listReviews.url, { schema: api.listReviews.schema }, async (request) =>
    listReviews(deps(), request.query, language(request), request.actor.priorityIds),
  );

  app.get(api.getReview.url, { schema: api.getReview.schema }, async (request) => {
    const { context, scope, language: lang } = await target(request);
    return loadReview(context, scope, lang);
  });

  app.post(
    api.submitReview.url,
    { schema: api.submitReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => {
      const { context, scope, language: lang } = await target(request);
      return submitReview(context, request.actor, scope, request.body, lang);
    },
  );

  app.post(
    api.approveReview.url,
    { schema: api.approveReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => {
      const { context, scope, language: lang } = await target(request);
      return approveReview(context, request.actor, scope, request.body, lang);
    },
  );

  app.post(
    api.returnReview.url,
    { schema: api.returnReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => {
      const { context, scope, language: lang } = await target(request);
      return returnReview(context, request.actor, scope, request.body, lang);
    },
  );

  app.post(api.decideReview.url, { schema: api.decideReview.schema }, async (request) => {
    const { context, scope, language: lang } = await target(request);
    return decideReview(context, request.actor, scope, request.body, lang);
  });

  app.post(
    api.reopenReview.url,
    { schema: api.reopenReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => {
      const { context, scope, language: lang } = await target(request);
      return reopenReview(context, request.actor, scope, request.body, lang);
    },
  );

  app.put(api.updateReviewNarrative.url, { schema: api.updateReviewNarrative.schema }, async (request) => {
    const { context, scope, language: lang } = await target(request);
    return updateNarrative(context, request.actor, scope, request.body, lang);
  });

  app.post(
    api.createReviewActionItem.url,
    { schema: api.createReviewActionItem.schema },
    async (request, reply) => {
      const { context, scope } = await target(request);
      return reply.code(201).send(await createActionItem(context, request.actor, scope, request.body));
    },
  );

  app.patch(
    api.updateReviewActionItem.url,
    { schema: api.updateReviewActionItem.schema },
    async (request) => {
      const { context, scope } = await target(request);
      return updateActionItem(context, request.actor, scope, request.params.id, request.body);
    },
  );
}
