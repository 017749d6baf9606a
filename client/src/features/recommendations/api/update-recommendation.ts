import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { UpdateRecommendationBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { recommendationKeys } from './query-keys.ts';

/** Proposes a state (a draft until a reviewer of the unit confirms it), with the version loaded. */
export const updateRecommendation = (id: number, body: UpdateRecommendationBody) =>
  fetchRoute(api.updateRecommendation, { params: { id }, body });

export function useUpdateRecommendation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateRecommendationBody) => updateRecommendation(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}
