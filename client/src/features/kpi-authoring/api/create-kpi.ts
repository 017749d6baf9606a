import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { CreateKpiBody, KpiDefinition } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterKpiWrite } from './refresh.ts';

export function createKpi(body: CreateKpiBody): Promise<KpiDefinition> {
  return fetchRoute(api.createKpi, { body });
}

export function useCreateKpi() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createKpi, onSuccess: () => refreshAfterKpiWrite(queryClient) });
}
