import { api } from '@rbm/shared/api';
import type { ApproveReviewBody, ReviewDetail } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const approveReview = (target: ReviewTarget, body: ApproveReviewBody) =>
  sendToReview<ReviewDetail>(api.approveReview.url, target, 'POST', body);

export function useApproveReview(target: ReviewTarget) {
  return useReviewMutation((body: ApproveReviewBody) => approveReview(target, body));
}
