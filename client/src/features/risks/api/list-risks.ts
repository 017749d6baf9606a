import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RiskList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { queryOfFilters, type RiskFilters } from '../utils/risk-filters.ts';
import { riskKeys } from './query-keys.ts';

/** The register, filtered; drafts only of the reader's own Sectors (the server decides). */
export function listRisks(plan: string, filters: RiskFilters): Promise<RiskList> {
  return fetchRoute(api.listRisks, { query: { plan, ...queryOfFilters(filters) } });
}

export const risksQueryOptions = (plan: string, filters: RiskFilters) =>
  queryOptions({
    queryKey: riskKeys.list(plan, filters),
    queryFn: () => listRisks(plan, filters),
    staleTime: 30_000,
  });

export function useRisks(plan: string, filters: RiskFilters) {
  return useQuery(risksQueryOptions(plan, filters));
}
