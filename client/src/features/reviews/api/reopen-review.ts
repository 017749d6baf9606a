import { api } from '@rbm/shared/api';
import type { ReopenReviewBody, ReviewDetail } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const reopenReview = (target: ReviewTarget, body: ReopenReviewBody) =>
  sendToReview<ReviewDetail>(api.reopenReview.url, target, 'POST', body);

export function useReopenReview(target: ReviewTarget) {
  return useReviewMutation((body: ReopenReviewBody) => reopenReview(target, body));
}
