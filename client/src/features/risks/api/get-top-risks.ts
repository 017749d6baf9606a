import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { TopRisks } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { riskKeys } from './query-keys.ts';

/** The highest risks of each Sector, on confirmed assessments only (for every reader). */
export function getTopRisks(plan: string): Promise<TopRisks> {
  return fetchRoute(api.getTopRisks, { query: { plan, limit: 3 } });
}

export const topRisksQueryOptions = (plan: string) =>
  queryOptions({ queryKey: riskKeys.top(plan), queryFn: () => getTopRisks(plan), staleTime: 30_000 });

export function useTopRisks(plan: string) {
  return useQuery(topRisksQueryOptions(plan));
}
