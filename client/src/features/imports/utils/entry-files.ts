// Where a priority's quarter is downloaded as a spreadsheet, and how a chosen file is sent (base64).
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import { IMPORT_MAX_BYTES, type SpreadsheetFormat } from '@rbm/shared/schemas';
import { routeUrl } from '../../../lib/api-client.ts';

export interface ImportTarget {
  plan: string;
  priority: string;
  period: string;
}

export function entryFileUrl(
  kind: 'template' | 'export',
  target: ImportTarget,
  format: SpreadsheetFormat,
  language: Language,
): string {
  const route = kind === 'template' ? api.downloadEntryTemplate : api.exportEntry;
  return routeUrl(route, {
    params: { priority: target.priority, period: target.period },
    query: { format, plan: target.plan, lang: language },
  });
}

// shared with the registers' imports
export { bytesToBase64 } from '../../../lib/base64.ts';

export type FileProblem = 'file_type_unsupported' | 'file_too_large' | 'file_empty';

/** What is wrong with a file before sending it (the server checks again). */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'file_type_unsupported';
  if (file.size === 0) return 'file_empty';
  if (file.size > IMPORT_MAX_BYTES) return 'file_too_large';
  return null;
}
