import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RecommendationDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { recommendationKeys } from './query-keys.ts';

/** One recommendation with every state its reader may see, oldest first. */
export function getRecommendation(id: number): Promise<RecommendationDetail> {
  return fetchRoute(api.getRecommendation, { params: { id } });
}

export const recommendationQueryOptions = (id: number) =>
  queryOptions({
    queryKey: recommendationKeys.detail(id),
    queryFn: () => getRecommendation(id),
  });

export function useRecommendation(id: number) {
  return useQuery(recommendationQueryOptions(id));
}
