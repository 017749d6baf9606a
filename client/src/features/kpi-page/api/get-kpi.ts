// The page is addressed by KPI code (readable, stable across databases), and the API answers by code.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { KpiDetail } from '@rbm/shared/schemas';
import { ApiError, fetchRoute } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

/**
 * Published (approved) figures only: the KPI page shows what the Council sees. Null (404) when the plan
 * has no KPI with that code, or there is no such plan: the page says so.
 */
export async function getKpiByCode(
  plan: string,
  code: string,
  language: Language,
): Promise<KpiDetail | null> {
  try {
    return await fetchRoute(api.getKpiByCode, { params: { plan, code }, query: { lang: language } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const kpiQueryOptions = (plan: string, code: string, language: Language) =>
  queryOptions({
    queryKey: kpiPageKeys.detail(plan, code, language),
    queryFn: () => getKpiByCode(plan, code, language),
    staleTime: 30_000,
  });

export function useKpi(plan: string, code: string, language: Language) {
  return useQuery(kpiQueryOptions(plan, code, language));
}
