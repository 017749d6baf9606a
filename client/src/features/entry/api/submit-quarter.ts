import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { ReviewDetail } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function submitQuarter(plan: string, priority: string, period: string): Promise<ReviewDetail> {
  return fetchJson<ReviewDetail>(withQuery(apiPath(api.submitReview.url, { priority, period }), { plan }), {
    method: 'POST',
    body: JSON.stringify({}),
  });
}

export function useSubmitQuarter(plan: string, priority: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => submitQuarter(plan, priority, period),
    onSettled: () => queryClient.invalidateQueries({ queryKey: entryKeys.all }),
  });
}
