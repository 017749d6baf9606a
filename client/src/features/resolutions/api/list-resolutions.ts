import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ResolutionList, ResolutionListQuery } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { resolutionKeys } from './query-keys.ts';

/** The mapping, filtered; each resolution says whether the reader may change it. */
export function listResolutions(query: ResolutionListQuery): Promise<ResolutionList> {
  return fetchRoute(api.listResolutions, { query });
}

export const resolutionsQueryOptions = (query: ResolutionListQuery) =>
  queryOptions({
    queryKey: resolutionKeys.list(query),
    queryFn: () => listResolutions(query),
    staleTime: 30_000,
  });

export function useResolutions(query: ResolutionListQuery) {
  return useQuery(resolutionsQueryOptions(query));
}
