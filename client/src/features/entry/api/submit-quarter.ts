import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ReviewDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function submitQuarter(plan: string, priority: string, period: string): Promise<ReviewDetail> {
  return fetchRoute(api.submitReview, { params: { priority, period }, query: { plan }, body: {} });
}

export function useSubmitQuarter(plan: string, priority: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitQuarter(plan, priority, period),
    onSettled: () => queryClient.invalidateQueries({ queryKey: entryKeys.all }),
  });
}
