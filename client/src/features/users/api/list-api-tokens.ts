import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { ApiTokenList } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export type { ApiTokenList };

export function listApiTokens(userId: number): Promise<ApiTokenList> {
  return fetchJson<ApiTokenList>(apiPath(api.listApiTokens.url, { id: userId }));
}

export const apiTokensQueryOptions = (userId: number) =>
  queryOptions({
    queryKey: userKeys.tokens(userId),
    queryFn: () => listApiTokens(userId),
  });

export function useApiTokens(userId: number) {
  return useQuery(apiTokensQueryOptions(userId));
}
