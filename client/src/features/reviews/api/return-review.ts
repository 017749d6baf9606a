import { api } from '@rbm/shared/api';
import type { ReturnReviewBody, ReviewDetail } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const returnReview = (target: ReviewTarget, body: ReturnReviewBody) =>
  sendToReview<ReviewDetail>(api.returnReview.url, target, 'POST', body);

export function useReturnReview(target: ReviewTarget) {
  return useReviewMutation((body: ReturnReviewBody) => returnReview(target, body));
}
