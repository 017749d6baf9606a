// The KPIs this one continues in earlier plans (with their approved values) and those continuing it in later
// plans: the page draws the whole history across the plan boundary.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { KpiLineage } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

export function getKpiLineage(id: number, language: Language): Promise<KpiLineage> {
  return fetchRoute(api.getKpiLineage, { params: { id }, query: { lang: language } });
}

export const kpiLineageQueryOptions = (id: number, language: Language) =>
  queryOptions({
    queryKey: kpiPageKeys.lineage(id, language),
    queryFn: () => getKpiLineage(id, language),
    staleTime: 30_000,
  });

export function useKpiLineage(id: number, language: Language) {
  return useQuery(kpiLineageQueryOptions(id, language));
}
