import { useMutation } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ImportFileBody, ImportPreview } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import type { ImportTarget } from '../utils/entry-files.ts';

/** Reads the file on the server: nothing is written. */
export function previewImport(target: ImportTarget, body: ImportFileBody): Promise<ImportPreview> {
  return fetchRoute(api.previewImport, {
    params: { priority: target.priority, period: target.period },
    query: { plan: target.plan },
    body,
  });
}

export function usePreviewImport(target: ImportTarget) {
  return useMutation({ mutationFn: (body: ImportFileBody) => previewImport(target, body) });
}
