import { api } from '@rbm/shared/api';
import type { DecideReviewBody, ReviewDetail } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const decideReview = (target: ReviewTarget, body: DecideReviewBody) =>
  sendToReview<ReviewDetail>(api.decideReview.url, target, 'POST', body);

export function useDecideReview(target: ReviewTarget) {
  return useReviewMutation((body: DecideReviewBody) => decideReview(target, body));
}
