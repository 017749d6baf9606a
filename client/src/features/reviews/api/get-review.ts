import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import { fetchRoute } from '../../../lib/api-client.ts';
import { reviewKeys } from './query-keys.ts';

export function getReview(plan: string, priority: string, period: string, language: Language) {
  return fetchRoute(api.getReview, { params: { priority, period }, query: { plan, lang: language } });
}

export const reviewQueryOptions = (plan: string, priority: string, period: string, language: Language) =>
  queryOptions({
    queryKey: reviewKeys.detail(plan, priority, period, language),
    queryFn: () => getReview(plan, priority, period, language),
  });

export function useReview(plan: string, priority: string, period: string, language: Language) {
  return useQuery(reviewQueryOptions(plan, priority, period, language));
}
