// Saving a plan's entry rules, and one KPI's own rules (set or removed); each answers the plan's rules.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { PlanEntryRules, PutPlanEntryRulesBody, ValueRuleSettingsBody } from '@rbm/shared/schemas';
import { fetchJson } from '../../../lib/api-client.ts';
import { entryRuleKeys } from './query-keys.ts';

export function putEntryRules(plan: string, body: PutPlanEntryRulesBody): Promise<PlanEntryRules> {
  return fetchJson<PlanEntryRules>(apiPath(api.putEntryRules.url, { plan }), {
    method: 'PUT',
    body: JSON.stringify(body),
  });
}

export function putKpiEntryRule(plan: string, code: string, body: ValueRuleSettingsBody) {
  return fetchJson<PlanEntryRules>(apiPath(api.putKpiEntryRule.url, { plan, code }), {
    method: 'PUT',
    body: JSON.stringify(body),
  });
}

export function deleteKpiEntryRule(plan: string, code: string) {
  return fetchJson<PlanEntryRules>(apiPath(api.deleteKpiEntryRule.url, { plan, code }), { method: 'DELETE' });
}

type Change =
  | { kind: 'plan'; body: PutPlanEntryRulesBody }
  | { kind: 'kpi'; code: string; body: ValueRuleSettingsBody }
  | { kind: 'removeKpi'; code: string };

export function useSaveEntryRules(plan: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: Change) =>
      change.kind === 'plan'
        ? putEntryRules(plan, change.body)
        : change.kind === 'kpi'
          ? putKpiEntryRule(plan, change.code, change.body)
          : deleteKpiEntryRule(plan, change.code),
    onSuccess: (rules) => queryClient.setQueryData(entryRuleKeys.plan(plan), rules),
  });
}
