import { api } from '@rbm/shared/api';
import type { CommitmentImportBody, ConfirmCommitmentImportBody } from '@rbm/shared/schemas';
import { fetchRoute, routeUrl } from '../../../lib/api-client.ts';

/** Where the sheet to edit is downloaded. */
export const commitmentsExportUrl = (plan: string, format: 'xlsx' | 'csv') =>
  routeUrl(api.exportCommitments, { query: { plan, format } });

/** Reads an edited sheet: nothing is written. */
export const previewCommitmentImport = (body: CommitmentImportBody) =>
  fetchRoute(api.previewCommitmentImport, { body });

/** Writes the previewed sheet in one transaction. */
export const importCommitments = (body: ConfirmCommitmentImportBody) =>
  fetchRoute(api.importCommitments, { body });
