import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { User } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export function getUser(id: number): Promise<User> {
  return fetchRoute(api.getUser, { params: { id } });
}

export const userQueryOptions = (id: number) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: () => getUser(id),
  });

export function useUser(id: number) {
  return useQuery(userQueryOptions(id));
}
