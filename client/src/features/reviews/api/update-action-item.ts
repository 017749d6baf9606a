import { api } from '@rbm/shared/api';
import type { UpdateActionItemBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const updateActionItem = (target: ReviewTarget, id: number, body: UpdateActionItemBody) => {
  const { params, query } = quarterOf(target);
  return fetchRoute(api.updateReviewActionItem, { params: { ...params, id }, query, body });
};

export function useUpdateActionItem(target: ReviewTarget) {
  return useReviewMutation(({ id, body }: { id: number; body: UpdateActionItemBody }) =>
    updateActionItem(target, id, body),
  );
}
