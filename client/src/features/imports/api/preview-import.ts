import { useMutation } from '@tanstack/react-query';
import { api, apiPath } from '@rbm/shared/api';
import type { ImportFileBody, ImportPreview } from '@rbm/shared/schemas';
import { fetchJson, withQuery } from '../../../lib/api-client.ts';
import type { ImportTarget } from '../utils/entry-files.ts';

/** Reads the file on the server: nothing is written. */
export function previewImport(target: ImportTarget, body: ImportFileBody): Promise<ImportPreview> {
  const url = apiPath(api.previewImport.url, { priority: target.priority, period: target.period });
  return fetchJson<ImportPreview>(withQuery(url, { plan: target.plan }), {
    method: 'POST',
    body: JSON.stringify(body),
  });
}

export function usePreviewImport(target: ImportTarget) {
  return useMutation({ mutationFn: (body: ImportFileBody) => previewImport(target, body) });
}
