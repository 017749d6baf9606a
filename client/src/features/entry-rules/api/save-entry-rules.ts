// Saving a plan's entry rules, and one KPI's own rules (set or removed); each answers the plan's rules.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { PlanEntryRules, PutPlanEntryRulesBody, ValueRuleSettingsBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { entryRuleKeys } from './query-keys.ts';

export function putEntryRules(plan: string, body: PutPlanEntryRulesBody): Promise<PlanEntryRules> {
  return fetchRoute(api.putEntryRules, { params: { plan }, body });
}

export function putKpiEntryRule(plan: string, code: string, body: ValueRuleSettingsBody) {
  return fetchRoute(api.putKpiEntryRule, { params: { plan, code }, body });
}

export function deleteKpiEntryRule(plan: string, code: string) {
  return fetchRoute(api.deleteKpiEntryRule, { params: { plan, code } });
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
