import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { retreatKeys } from './query-keys.ts';

/** The management retreats' commitments with the status each reader may see. */
export function listRetreatCommitments(plan: string): Promise<CommitmentList> {
  return fetchRoute(api.listCommitments, { query: { plan, source: 'retreat' } });
}

export const retreatCommitmentsQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: retreatKeys.commitments(plan),
    queryFn: () => listRetreatCommitments(plan),
    staleTime: 30_000,
  });

export function useRetreatCommitments(plan: string) {
  return useQuery(retreatCommitmentsQueryOptions(plan));
}
