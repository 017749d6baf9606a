// The plan's entry rules, for the grid's hard limits and warnings as the planner types.
import { useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function usePlanEntryRules(plan: string) {
  return useQuery({
    queryKey: entryKeys.rules(plan),
    queryFn: () => fetchRoute(api.getEntryRules, { params: { plan } }),
  });
}
