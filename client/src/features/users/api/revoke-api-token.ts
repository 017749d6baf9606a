import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import { fetchRoute } from '../../../lib/api-client.ts';
import { userKeys } from './query-keys.ts';

export async function revokeApiToken(userId: number, tokenId: number): Promise<void> {
  await fetchRoute(api.revokeApiToken, { params: { id: userId, tokenId } });
}

export function useRevokeApiToken(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tokenId: number) => revokeApiToken(userId, tokenId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.tokens(userId) }),
  });
}
