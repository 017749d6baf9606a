import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { FrameworkImportResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import type { FrameworkFile } from './preview-framework-import.ts';

/** Writes exactly the previewed file (409 import_stale if it or the stored framework changed since). */
export function confirmFrameworkImport(
  body: FrameworkFile & { token: string },
): Promise<FrameworkImportResult> {
  return fetchRoute(api.confirmFrameworkImport, { body });
}

export function useConfirmFrameworkImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmFrameworkImport,
    // A plan may be new and any item of the framework changed: every screen asks again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
