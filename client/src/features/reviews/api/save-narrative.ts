import { api } from '@rbm/shared/api';
import type { ReviewDetail, ReviewNarrativeBody } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const saveNarrative = (target: ReviewTarget, body: ReviewNarrativeBody) =>
  sendToReview<ReviewDetail>(api.updateReviewNarrative.url, target, 'PUT', body);

export function useSaveNarrative(target: ReviewTarget) {
  return useReviewMutation((body: ReviewNarrativeBody) => saveNarrative(target, body));
}
