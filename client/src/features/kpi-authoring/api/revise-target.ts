// An active plan's annual target changes one year at a time, each a revision with its reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ReviseTargetBody, TargetRevisionResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterKpiWrite } from './refresh.ts';

export function reviseTarget(id: number, body: ReviseTargetBody): Promise<TargetRevisionResult> {
  return fetchRoute(api.reviseKpiTarget, { params: { id }, body });
}

export function useReviseTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ReviseTargetBody }) => reviseTarget(id, body),
    onSuccess: () => refreshAfterKpiWrite(queryClient),
  });
}
