import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { PlanSuccessorBody, PlanSuccessorResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

export function createSuccessor(input: {
  plan: string;
  body: PlanSuccessorBody;
}): Promise<PlanSuccessorResult> {
  return fetchRoute(api.createPlanSuccessor, { params: { plan: input.plan }, body: input.body });
}

export function useCreateSuccessor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSuccessor,
    // The plan list of every screen (the picker, the landing) gains the draft.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
