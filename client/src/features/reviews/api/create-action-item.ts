import { api } from '@rbm/shared/api';
import type { CreateActionItemBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const createActionItem = (target: ReviewTarget, body: CreateActionItemBody) =>
  fetchRoute(api.createReviewActionItem, { ...quarterOf(target), body });

export function useCreateActionItem(target: ReviewTarget) {
  return useReviewMutation((body: CreateActionItemBody) => createActionItem(target, body));
}
