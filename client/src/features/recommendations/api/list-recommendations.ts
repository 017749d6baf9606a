import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RecommendationList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { queryOfFilters, type RecommendationFilters } from '../utils/recommendation-filters.ts';
import { recommendationKeys } from './query-keys.ts';

/** The compliance dashboard's list, filtered; drafts only of the reader's own units (the server decides). */
export function listRecommendations(
  plan: string,
  filters: RecommendationFilters,
): Promise<RecommendationList> {
  return fetchRoute(api.listRecommendations, { query: { plan, ...queryOfFilters(filters) } });
}

export const recommendationsQueryOptions = (plan: string, filters: RecommendationFilters) =>
  queryOptions({
    queryKey: recommendationKeys.list(plan, filters),
    queryFn: () => listRecommendations(plan, filters),
    staleTime: 30_000,
  });

export function useRecommendations(plan: string, filters: RecommendationFilters) {
  return useQuery(recommendationsQueryOptions(plan, filters));
}
