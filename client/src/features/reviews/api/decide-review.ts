import { api } from '@rbm/shared/api';
import type { DecideReviewBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const decideReview = (target: ReviewTarget, body: DecideReviewBody) =>
  fetchRoute(api.decideReview, { ...quarterOf(target), body });

export function useDecideReview(target: ReviewTarget) {
  return useReviewMutation((body: DecideReviewBody) => decideReview(target, body));
}
