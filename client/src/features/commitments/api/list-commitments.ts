import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CommitmentList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { queryOfFilters, type CommitmentFilters } from '../utils/commitment-filters.ts';
import { commitmentKeys } from './query-keys.ts';

/** The commitments, filtered, with status counts; drafts only of the reader's own units (the server decides). */
export function listCommitments(plan: string, filters: CommitmentFilters): Promise<CommitmentList> {
  return fetchRoute(api.listCommitments, { query: { plan, ...queryOfFilters(filters) } as never });
}

export const commitmentsQueryOptions = (plan: string, filters: CommitmentFilters) =>
  queryOptions({
    queryKey: commitmentKeys.list(plan, filters),
    queryFn: () => listCommitments(plan, filters),
    staleTime: 30_000,
  });

export function useCommitments(plan: string, filters: CommitmentFilters) {
  return useQuery(commitmentsQueryOptions(plan, filters));
}
