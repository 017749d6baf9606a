import type { CommitmentFilters } from '../utils/commitment-filters.ts';

export const commitmentKeys = {
  all: ['commitments'] as const,
  list: (plan: string, filters: CommitmentFilters) => [...commitmentKeys.all, 'list', plan, filters] as const,
  detail: (id: number) => [...commitmentKeys.all, 'detail', id] as const,
};
