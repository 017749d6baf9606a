import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { StatisticsImportPreview, StatisticsImportResult } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import type { FrameworkFile } from './preview-framework-import.ts';

/** Reads a statistics sheet on the server: nothing is written. */
export function previewStatisticsImport(body: FrameworkFile): Promise<StatisticsImportPreview> {
  return fetchRoute(api.previewStatisticsImport, { body });
}

/** Writes exactly the previewed sheet (409 import_stale if it or the stored statistics changed since). */
export function importStatistics(body: FrameworkFile & { token: string }): Promise<StatisticsImportResult> {
  return fetchRoute(api.importStatistics, { body });
}

export function usePreviewStatisticsImport() {
  return useMutation({ mutationFn: previewStatisticsImport });
}

export function useImportStatistics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importStatistics,
    // The overview's Connect 2030 charts read the statistics: asked again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
