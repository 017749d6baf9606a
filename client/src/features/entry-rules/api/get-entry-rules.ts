import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { PlanEntryRules } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryRuleKeys } from './query-keys.ts';

export function getEntryRules(plan: string): Promise<PlanEntryRules> {
  return fetchRoute(api.getEntryRules, { params: { plan } });
}

export const entryRulesQueryOptions = (plan: string) =>
  queryOptions({ queryKey: entryRuleKeys.plan(plan), queryFn: () => getEntryRules(plan) });

export function useEntryRules(plan: string) {
  return useQuery(entryRulesQueryOptions(plan));
}
