import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { AssessRiskBody, RiskDetail } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { storeRisk } from './save-risk.ts';

/** A quarter's assessment, saved as a draft until a reviewer confirms it. */
export function assessRisk(input: { id: number; period: string; body: AssessRiskBody }): Promise<RiskDetail> {
  return fetchRoute(api.assessRisk, { params: { id: input.id, period: input.period }, body: input.body });
}

export function useAssessRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: assessRisk, onSuccess: (risk) => storeRisk(queryClient, risk) });
}
