import { useMutation } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { ResolutionImportBody, ResolutionImportPreview } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

/** Reads the file on the server: nothing is written. */
export function previewResolutionImport(body: ResolutionImportBody): Promise<ResolutionImportPreview> {
  return fetchRoute(api.previewResolutionImport, { body });
}

export function usePreviewResolutionImport() {
  return useMutation({ mutationFn: previewResolutionImport });
}
