// A draft plan's annual targets, set directly: one KPI's row or a whole pasted table in one request.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { SetAnnualTargetsBody, SetAnnualTargetsResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterKpiWrite } from './refresh.ts';

export function setAnnualTargets(body: SetAnnualTargetsBody): Promise<SetAnnualTargetsResult> {
  return fetchRoute(api.setAnnualTargets, { body });
}

export function useSetAnnualTargets() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setAnnualTargets, onSuccess: () => refreshAfterKpiWrite(queryClient) });
}
