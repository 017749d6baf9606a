import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { ConfirmImportBody, ImportResult } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import type { ImportTarget } from '../utils/entry-files.ts';

export function confirmImport(target: ImportTarget, body: ConfirmImportBody): Promise<ImportResult> {
  const url = apiPath(api.confirmImport.url, { priority: target.priority, period: target.period });
  return fetchJson<ImportResult>(withQuery(url, { plan: target.plan }), {
    method: 'POST',
    body: JSON.stringify(body),
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
