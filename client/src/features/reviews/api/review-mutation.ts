// What every change to a review shares: the URL of the quarter, and refreshing the queue and the page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPath } from '@rbm/shared/api';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import { reviewKeys } from './query-keys.ts';

export interface ReviewTarget {
  plan: string;
  priority: string;
  period: string;
}

export function sendToReview<T>(
  url: string,
  target: ReviewTarget,
  method: string,
  body: unknown,
  params = {},
) {
  return fetchJson<T>(
    withQuery(apiPath(url, { priority: target.priority, period: target.period, ...params }), {
      plan: target.plan,
    }),
    { method, body: JSON.stringify(body) },
  );
}

export function useReviewMutation<B, T>(send: (body: B) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}
