import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { PlanEntryRules } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { entryRuleKeys } from './query-keys.ts';

export function getEntryRules(plan: string): Promise<PlanEntryRules> {
  return fetchJson<PlanEntryRules>(apiPath(api.getEntryRules.url, { plan }));
}

export const entryRulesQueryOptions = (plan: string) =>
  queryOptions({ queryKey: entryRuleKeys.plan(plan), queryFn: () => getEntryRules(plan) });

export function useEntryRules(plan: string) {
  return useQuery(entryRulesQueryOptions(plan));
}
