// What every change to a review shares: the URL of the quarter, and refreshing the queue and the page.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reviewKeys } from './query-keys.ts';

export interface ReviewTarget {
  plan: string;
  priority: string;
  period: string;
}

/** The path params and query that name the quarter, for any of the review routes. */
export function quarterOf(target: ReviewTarget) {
  return { params: { priority: target.priority, period: target.period }, query: { plan: target.plan } };
}

export function useReviewMutation<B, T>(send: (body: B) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  });
}
