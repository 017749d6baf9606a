import { api } from '@rbm/shared/api';
import type { ApproveReviewBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const approveReview = (target: ReviewTarget, body: ApproveReviewBody) =>
  fetchRoute(api.approveReview, { ...quarterOf(target), body });

export function useApproveReview(target: ReviewTarget) {
  return useReviewMutation((body: ApproveReviewBody) => approveReview(target, body));
}
