import { api } from '@rbm/shared/api';
import type { ConfirmRecommendationImportBody, RecommendationImportBody } from '@rbm/shared/schemas';
import { fetchRoute, routeUrl } from '../../../lib/api-client.ts';

/** Where the sheet to edit is downloaded (the latest state the reader may see). */
export const recommendationsExportUrl = (plan: string, format: 'xlsx' | 'csv') =>
  routeUrl(api.exportRecommendations, { query: { plan, format } });

/** Reads an edited sheet: nothing is written. */
export const previewRecommendationImport = (body: RecommendationImportBody) =>
  fetchRoute(api.previewRecommendationImport, { body });

/** Writes the previewed sheet in one transaction; a changed state becomes a draft to confirm. */
export const importRecommendations = (body: ConfirmRecommendationImportBody) =>
  fetchRoute(api.importRecommendations, { body });
