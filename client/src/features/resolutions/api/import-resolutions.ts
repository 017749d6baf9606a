import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ConfirmResolutionImportBody, ResolutionImportResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { resolutionKeys } from './query-keys.ts';

/** Writes exactly the previewed file (409 import_stale if anything changed since). */
export function importResolutions(body: ConfirmResolutionImportBody): Promise<ResolutionImportResult> {
  return fetchRoute(api.importResolutions, { body });
}

export function useImportResolutions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importResolutions,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resolutionKeys.all }),
  });
}
