import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { commitmentKeys } from './query-keys.ts';

/** Confirms the proposed progress note (a reviewer of the owner unit): it is then published. */
export function confirmCommitment(id: number): Promise<CommitmentDetail> {
  return fetchRoute(api.confirmCommitment, { params: { id } });
}

export function useConfirmCommitment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => confirmCommitment(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commitmentKeys.all }),
  });
}
