import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ApiTokenList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export type { ApiTokenList };

export function listApiTokens(userId: number): Promise<ApiTokenList> {
  return fetchRoute(api.listApiTokens, { params: { id: userId } });
}

export const apiTokensQueryOptions = (userId: number) =>
  queryOptions({
    queryKey: userKeys.tokens(userId),
    queryFn: () => listApiTokens(userId),
  });

export function useApiTokens(userId: number) {
  return useQuery(apiTokensQueryOptions(userId));
}
