import { api } from '@rbm/shared/api';
import type { ReviewActionItem, UpdateActionItemBody } from '@rbm/shared/schemas';
import { sendToReview, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const updateActionItem = (target: ReviewTarget, id: number, body: UpdateActionItemBody) =>
  sendToReview<ReviewActionItem>(api.updateReviewActionItem.url, target, 'PATCH', body, { id });

export function useUpdateActionItem(target: ReviewTarget) {
  return useReviewMutation(({ id, body }: { id: number; body: UpdateActionItemBody }) =>
    updateActionItem(target, id, body),
  );
}
