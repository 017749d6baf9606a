import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { PlanChecklist } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { planLifecycleKeys } from './query-keys.ts';

export function getActivationChecklist(plan: string): Promise<PlanChecklist> {
  return fetchRoute(api.getPlanActivationChecklist, { params: { plan } });
}

export const activationChecklistQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: planLifecycleKeys.checklist(plan),
    queryFn: () => getActivationChecklist(plan),
  });

export function useActivationChecklist(plan: string) {
  return useQuery(activationChecklistQueryOptions(plan));
}
