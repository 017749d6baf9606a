// Activating and closing a plan.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Plan } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

export function changePlanStatus(input: { plan: string; to: 'active' | 'closed' }): Promise<Plan> {
  const params = { plan: input.plan };
  return input.to === 'active'
    ? fetchRoute(api.activatePlan, { params, query: {} })
    : fetchRoute(api.closePlan, { params, query: {} });
}

export function useChangePlanStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePlanStatus,
    // Every screen's "which plan?" may change: everything is read again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
