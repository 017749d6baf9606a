import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentDetail, CommitmentProgressBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { commitmentKeys } from './query-keys.ts';

/** Proposes a quarter's progress note and status (a draft until a reviewer confirms it). */
export function addCommitmentProgress(id: number, body: CommitmentProgressBody): Promise<CommitmentDetail> {
  return fetchRoute(api.addCommitmentProgress, { params: { id }, body });
}

export function useAddCommitmentProgress(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitmentProgressBody) => addCommitmentProgress(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commitmentKeys.all }),
  });
}
