import { api } from '@rbm/shared/api';
import type { ReturnReviewBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const returnReview = (target: ReviewTarget, body: ReturnReviewBody) =>
  fetchRoute(api.returnReview, { ...quarterOf(target), body });

export function useReturnReview(target: ReviewTarget) {
  return useReviewMutation((body: ReturnReviewBody) => returnReview(target, body));
}
