// A KPI's notes, narratives and history. Those who may read unapproved values in the KPI's scope get
// drafts too; the API refuses that to anyone else (403), who then gets the approved history.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { KpiHistory } from '@rbm/shared/schemas';
import { ApiError, fetchRoute } from '../../../lib/api-client.ts';
import { kpiPageKeys } from './query-keys.ts';

export async function getKpiHistory(id: number, unapproved: boolean): Promise<KpiHistory> {
  const approved = () => fetchRoute(api.getKpiHistory, { params: { id } });
  if (!unapproved) return approved();
  try {
    return await fetchRoute(api.getKpiHistory, { params: { id }, query: { include: 'unapproved' } });
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return approved();
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
