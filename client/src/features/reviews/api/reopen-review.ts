import { api } from '@rbm/shared/api';
import type { ReopenReviewBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const reopenReview = (target: ReviewTarget, body: ReopenReviewBody) =>
  fetchRoute(api.reopenReview, { ...quarterOf(target), body });

export function useReopenReview(target: ReviewTarget) {
  return useReviewMutation((body: ReopenReviewBody) => reopenReview(target, body));
}
