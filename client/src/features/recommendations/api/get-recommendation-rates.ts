import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RecommendationRates } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { recommendationKeys } from './query-keys.ts';

/** Rates, ageing and the overdue list, on confirmed states only, for every reader. */
export function getRecommendationRates(plan: string): Promise<RecommendationRates> {
  return fetchRoute(api.getRecommendationRates, { query: { plan } });
}

export const recommendationRatesQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: recommendationKeys.rates(plan),
    queryFn: () => getRecommendationRates(plan),
    staleTime: 30_000,
  });

export function useRecommendationRates(plan: string) {
  return useQuery(recommendationRatesQueryOptions(plan));
}
