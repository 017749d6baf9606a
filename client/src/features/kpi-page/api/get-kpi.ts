import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { KpiDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

/** Published (approved) figures only: the KPI page shows what the Council sees. */
export function getKpi(id: number, language: Language): Promise<KpiDetail> {
  return fetchRoute(api.getKpi, { params: { id }, query: { lang: language } });
}

export const kpiQueryOptions = (id: number, language: Language) =>
  queryOptions({
    queryKey: kpiPageKeys.detail(id, language),
    queryFn: () => getKpi(id, language),
    staleTime: 30_000,
  });

export function useKpi(id: number | null, language: Language) {
  return useQuery({ ...kpiQueryOptions(id ?? 0, language), enabled: id !== null });
}
