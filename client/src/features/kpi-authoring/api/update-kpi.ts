import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { KpiDefinition, UpdateKpiBody } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { refreshAfterKpiWrite } from './refresh.ts';

export function updateKpi(id: number, body: UpdateKpiBody): Promise<KpiDefinition> {
  return fetchRoute(api.updateKpi, { params: { id }, body });
}

export function useUpdateKpi() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateKpiBody }) => updateKpi(id, body),
    onSuccess: () => refreshAfterKpiWrite(queryClient),
  });
}
