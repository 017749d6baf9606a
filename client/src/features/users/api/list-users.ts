import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { UserList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export type { UserList };

export function listUsers(): Promise<UserList> {
  return fetchRoute(api.listUsers);
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: userKeys.list(),
    queryFn: listUsers,
  });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
