// Quarterly reviews over HTTP: the auth plugin resolved the priority's quarter (scopeOf); each handler
// calls the service with the request's context and replies.
import { api } from '@rbm/shared/api';
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app-instance.ts';
import { quarterContext, scopeOf } from '../review-scope/review-scope.request.ts';
import { createActionItem, updateActionItem } from './action-items.service.ts';
import { approveReview, decideReview, returnReview } from './reviews.decision.ts';
import { loadReview } from './reviews.detail.ts';
import { listReviews } from './reviews.list.ts';
import { reopenReview, submitReview, updateNarrative } from './reviews.service.ts';

/** Decisions whose body is optional may be posted without one: an absent body is an empty object. */
async function absentBodyIsEmpty(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

export async function reviewsRoutes(app: AppInstance): Promise<void> {
  const contextOf = (request: FastifyRequest) => quarterContext(app, request);

  app.get(api.listReviews.url, { schema: api.listReviews.schema }, async (request) =>
    listReviews(contextOf(request), { query: request.query, priorityIds: request.actor.priorityIds }),
  );

  app.get(api.getReview.url, { schema: api.getReview.schema }, async (request) =>
    loadReview(contextOf(request), scopeOf(request)),
  );

  app.post(
    api.submitReview.url,
    { schema: api.submitReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => submitReview(contextOf(request), { scope: scopeOf(request), body: request.body }),
  );

  app.post(
    api.approveReview.url,
    { schema: api.approveReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => approveReview(contextOf(request), { scope: scopeOf(request), body: request.body }),
  );

  app.post(
    api.returnReview.url,
    { schema: api.returnReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => returnReview(contextOf(request), { scope: scopeOf(request), body: request.body }),
  );

  app.post(api.decideReview.url, { schema: api.decideReview.schema }, async (request) =>
    decideReview(contextOf(request), { scope: scopeOf(request), body: request.body }),
  );

  app.post(
    api.reopenReview.url,
    { schema: api.reopenReview.schema, preValidation: absentBodyIsEmpty },
    async (request) => reopenReview(contextOf(request), { scope: scopeOf(request), body: request.body }),
  );

  app.put(api.updateReviewNarrative.url, { schema: api.updateReviewNarrative.schema }, async (request) =>
    updateNarrative(contextOf(request), { scope: scopeOf(request), body: request.body }),
  );

  app.post(
    api.createReviewActionItem.url,
    { schema: api.createReviewActionItem.schema },
    async (request, reply) => {
      const item = await createActionItem(contextOf(request), {
        scope: scopeOf(request),
        body: request.body,
      });
      return reply.code(201).send(item);
    },
  );

  app.patch(api.updateReviewActionItem.url, { schema: api.updateReviewActionItem.schema }, async (request) =>
    updateActionItem(contextOf(request), {
      scope: scopeOf(request),
      id: request.params.id,
      body: request.body,
    }),
  );
}
