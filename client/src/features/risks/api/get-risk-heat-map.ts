import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { RiskHeatMap } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { riskKeys } from './query-keys.ts';

/** Confirmed residual ratings only, for every reader. */
export function getRiskHeatMap(plan: string): Promise<RiskHeatMap> {
  return fetchRoute(api.getRiskHeatMap, { query: { plan } });
}

export const riskHeatMapQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: riskKeys.heatMap(plan),
    queryFn: () => getRiskHeatMap(plan),
    staleTime: 30_000,
  });

export function useRiskHeatMap(plan: string) {
  return useQuery(riskHeatMapQueryOptions(plan));
}
