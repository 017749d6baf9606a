import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ConfirmImportBody, ImportResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import type { ImportTarget } from '../utils/entry-files.ts';

export function confirmImport(target: ImportTarget, body: ConfirmImportBody): Promise<ImportResult> {
  return fetchRoute(api.confirmImport, {
    params: { priority: target.priority, period: target.period },
    query: { plan: target.plan },
    body,
  });
}

export function useConfirmImport(target: ImportTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmImportBody) => confirmImport(target, body),
    // The import changes values that grids, reviews and figures show: everything is asked again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
