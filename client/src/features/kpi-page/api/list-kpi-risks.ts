// The risks linked to a KPI, each with the latest assessment the reader may see (the server decides).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { KpiRisks } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

export function listKpiRisks(id: number): Promise<KpiRisks> {
  return fetchRoute(api.listKpiRisks, { params: { id } });
}

export const kpiRisksQueryOptions = (id: number) =>
  queryOptions({
    queryKey: kpiPageKeys.risks(id),
    queryFn: () => listKpiRisks(id),
    staleTime: 30_000,
  });

export function useKpiRisks(id: number) {
  return useQuery(kpiRisksQueryOptions(id));
}
