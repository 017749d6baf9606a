import { api } from '@rbm/shared/api';
import type { ReviewNarrativeBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { quarterOf, useReviewMutation, type ReviewTarget } from './review-mutation.ts';

export const saveNarrative = (target: ReviewTarget, body: ReviewNarrativeBody) =>
  fetchRoute(api.updateReviewNarrative, { ...quarterOf(target), body });

export function useSaveNarrative(target: ReviewTarget) {
  return useReviewMutation((body: ReviewNarrativeBody) => saveNarrative(target, body));
}
