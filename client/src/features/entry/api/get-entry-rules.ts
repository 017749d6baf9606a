// The plan's entry rules, for the grid's hard limits and warnings as the planner types.
import { useQuery } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { PlanEntryRules } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { entryKeys } from './query-keys.ts';

export function usePlanEntryRules(plan: string) {
  return useQuery({
    queryKey: entryKeys.rules(plan),
    queryFn: () => fetchJson<PlanEntryRules>(apiPath(api.getEntryRules.url, { plan })),
  });
}
