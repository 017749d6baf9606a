import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import { fetchJson } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export async function revokeApiToken(userId: number, tokenId: number): Promise<void> {
  await fetchJson<null>(apiPath(api.revokeApiToken.url, { id: userId, tokenId }), { method: 'DELETE' });
}

export function useRevokeApiToken(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) => revokeApiToken(userId, tokenId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.tokens(userId) }),
  });
}
