// The page is addressed by KPI code (readable, stable across databases); the list API resolves it to an id.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { KpiList, KpiSummary } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

export async function findKpiByCode(plan: string, code: string): Promise<KpiSummary | null> {
  const list = await fetchJson<KpiList>(withQuery(api.listKpis.url, { plan, q: code, pageSize: 500 }));
  return list.items.find((kpi) => kpi.code.toLowerCase() === code.toLowerCase()) ?? null;
}

export const kpiByCodeQueryOptions = (plan: string, code: string) =>
  queryOptions({
    queryKey: kpiPageKeys.byCode(plan, code),
    queryFn: () => findKpiByCode(plan, code),
    staleTime: 60_000,
  });

export function useKpiByCode(plan: string, code: string) {
  return useQuery(kpiByCodeQueryOptions(plan, code));
}
