import { api } from '@rbm/shared/api';
import type { SpreadsheetFormat } from '@rbm/shared/schemas';
import { routeUrl } from '../../../lib/api-client.ts';

/** The export is a plain link to the API, so the browser saves the file. */
export function resolutionExportUrl(format: SpreadsheetFormat): string {
  return routeUrl(api.exportResolutions, { query: { format } });
}
