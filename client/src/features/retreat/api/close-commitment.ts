import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

/** Proposes closing a commitment in a quarter (a draft until a reviewer of its unit confirms it). */
export function closeCommitment(input: {
  id: number;
  period: string;
  note: string | null;
}): Promise<CommitmentDetail> {
  return fetchRoute(api.addCommitmentProgress, {
    params: { id: input.id },
    body: { period: input.period, status: 'closed', note: input.note },
  });
}

export function useCloseCommitment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeCommitment,
    // every commitments query (the retreat's and the commitments screen's) starts with this key
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['commitments'] }),
  });
}
