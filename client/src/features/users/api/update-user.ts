import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { UpdateUserBody, User } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

/** Name, email, role, scope; `active: false` deactivates (users are never deleted). */
export function updateUser(id: number, body: UpdateUserBody): Promise<User> {
  return fetchRoute(api.updateUser, { params: { id }, body });
}

export function useUpdateUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateUserBody) => updateUser(id, body),
    onSuccess: (user) => {
      queryClient.setQueryData(userKeys.detail(id), user);
      return queryClient.invalidateQueries({ queryKey: userKeys.list() });
    },
  });
}
