// Creating and changing a risk: both answer the risk as it now is, which replaces the cached detail; the
// lists and the heat map are refetched.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CreateRiskBody, RiskDetail, UpdateRiskBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { riskKeys } from './query-keys.ts';

export function createRisk(body: CreateRiskBody): Promise<RiskDetail> {
  return fetchRoute(api.createRisk, { body });
}

export function updateRisk(input: { id: number; body: UpdateRiskBody }): Promise<RiskDetail> {
  return fetchRoute(api.updateRisk, { params: { id: input.id }, body: input.body });
}

export function storeRisk(queryClient: QueryClient, risk: RiskDetail) {
  queryClient.setQueryData(riskKeys.detail(risk.id), risk);
  return queryClient.invalidateQueries({
    queryKey: riskKeys.all,
    predicate: (query) => query.queryKey[2] !== 'detail',
  });
}

export function useCreateRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRisk, onSuccess: (risk) => storeRisk(queryClient, risk) });
}

export function useUpdateRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateRisk, onSuccess: (risk) => storeRisk(queryClient, risk) });
}
