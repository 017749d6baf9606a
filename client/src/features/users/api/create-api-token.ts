import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CreateApiTokenBody, CreatedApiToken } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export type { CreateApiTokenBody };

/** Issues a token; the answer holds the secret, which is never shown again (and never cached here). */
export function createApiToken(userId: number, body: CreateApiTokenBody): Promise<CreatedApiToken> {
  return fetchRoute(api.createApiToken, { params: { id: userId }, body });
}

export function useCreateApiToken(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenBody) => createApiToken(userId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.tokens(userId) }),
  });
}
