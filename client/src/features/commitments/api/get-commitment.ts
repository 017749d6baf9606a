import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { commitmentKeys } from './query-keys.ts';

/** One commitment with the progress notes the reader may see. */
export function getCommitment(id: number): Promise<CommitmentDetail> {
  return fetchRoute(api.getCommitment, { params: { id } });
}

export const commitmentQueryOptions = (id: number) =>
  queryOptions({ queryKey: commitmentKeys.detail(id), queryFn: () => getCommitment(id), staleTime: 30_000 });

export function useCommitment(id: number | null) {
  return useQuery({ ...commitmentQueryOptions(id ?? 0), enabled: id !== null });
}
