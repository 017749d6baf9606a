import { useMutation } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { FrameworkImportPreview } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';

export interface FrameworkFile {
  fileName: string;
  /** The file, base64-encoded. */
  content: string;
}

/** Reads the framework file on the server: nothing is written. */
export function previewFrameworkImport(body: FrameworkFile): Promise<FrameworkImportPreview> {
  return fetchRoute(api.previewFrameworkImport, { body });
}

export function usePreviewFrameworkImport() {
  return useMutation({ mutationFn: previewFrameworkImport });
}
