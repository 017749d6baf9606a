import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CreateUserBody, User } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export function createUser(body: CreateUserBody): Promise<User> {
  return fetchRoute(api.createUser, { body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(user.id), user);
      return queryClient.invalidateQueries({ queryKey: userKeys.list() });
    },
  });
}
