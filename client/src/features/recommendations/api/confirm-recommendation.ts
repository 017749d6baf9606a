import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import { fetchRoute } from '../../../lib/api-client.ts';
import { recommendationKeys } from './query-keys.ts';

/** A reviewer of the responsible unit confirms the proposed state: it becomes what the Council sees. */
export const confirmRecommendation = (id: number) =>
  fetchRoute(api.confirmRecommendation, { params: { id } });

export function useConfirmRecommendation(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmRecommendation(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}
