import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { KpiDefinitionList } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { kpiAuthoringKeys } from './query-keys.ts';

export function listKpiDefinitions(plan: string): Promise<KpiDefinitionList> {
  return fetchRoute(api.listKpiDefinitions, { query: { plan } });
}

export const kpiDefinitionsQueryOptions = (plan: string) =>
  queryOptions({ queryKey: kpiAuthoringKeys.definitions(plan), queryFn: () => listKpiDefinitions(plan) });

export function useKpiDefinitions(plan: string) {
  return useQuery(kpiDefinitionsQueryOptions(plan));
}
