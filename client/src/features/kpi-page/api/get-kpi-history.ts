// A KPI's notes, narratives and history. Those who may read unapproved values in the KPI's scope get
// drafts too; the API refuses that to anyone else (403), who then gets the approved history.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { KpiHistory } from '@rbm/shared/schemas';
import { ApiError, fetchJson, withQuery } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

export async function getKpiHistory(id: number, unapproved: boolean): Promise<KpiHistory> {
  const url = apiPath(api.getKpiHistory.url, { id });
  if (!unapproved) return fetchJson<KpiHistory>(url);
  try {
    return await fetchJson<KpiHistory>(withQuery(url, { include: 'unapproved' }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return fetchJson<KpiHistory>(url);
    throw error;
  }
}

export const kpiHistoryQueryOptions = (id: number, unapproved: boolean) =>
  queryOptions({
    queryKey: kpiPageKeys.history(id, unapproved),
    queryFn: () => getKpiHistory(id, unapproved),
    staleTime: 30_000,
  });

export function useKpiHistory(id: number | null, unapproved: boolean) {
  return useQuery({ ...kpiHistoryQueryOptions(id ?? 0, unapproved), enabled: id !== null });
}
