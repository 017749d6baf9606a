import { api } from '@rbm/shared/api';
import type { CreateActionItemBody, ReviewActionItem } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const createActionItem = (target: ReviewTarget, body: CreateActionItemBody) =>
  sendToReview<ReviewActionItem>(api.createReviewActionItem.url, target, 'POST', body);

export function useCreateActionItem(target: ReviewTarget) {
  return useReviewMutation((body: CreateActionItemBody) => createActionItem(target, body));
}
