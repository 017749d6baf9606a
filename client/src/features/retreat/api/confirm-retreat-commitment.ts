import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

/** Confirms a commitment's proposed note (a reviewer of its unit): the Council then sees it. */
export function confirmRetreatCommitment(id: number): Promise<CommitmentDetail> {
  return fetchRoute(api.confirmCommitment, { params: { id } });
}

export function useConfirmRetreatCommitment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmRetreatCommitment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['commitments'] }),
  });
}
