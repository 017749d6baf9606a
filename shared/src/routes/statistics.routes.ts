// Editions of the published ICT statistics (issue 14): an administrator uploads a new edition as a sheet,
// previews it and confirms it; older editions are kept.
import {
  ConfirmStatisticsImportBodySchema,
  StatisticsImportBodySchema,
  StatisticsImportPreviewSchema,
  StatisticsImportResultSchema,
} from '../schemas/statistics-sheet.ts';
import { problems, route } from './route.ts';

const tags = ['statistics'];
const sheet =
  'One sheet (XLSX or CSV, base64 in JSON, at most 5 MB decoded) with the columns Indicator (a statistic ' +
  'code), Area (World, an ITU region or a known aggregate), Year, Value, Edition (e.g. FF2026) and Source ' +
  '(a URL, optional). A row adds a value of its edition or corrects it; no edition is ever deleted. ';

export const statisticsRoutes = {
  previewStatisticsImport: route({
    method: 'POST',
    url: '/api/statistics/import/preview',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary:
        'Read a statistics sheet: each row new, changed or unchanged, each bad row with its reason and cell',
      description: `${sheet}Writes nothing.`,
      tags,
      body: StatisticsImportBodySchema,
      response: { 200: StatisticsImportPreviewSchema, ...problems },
    },
  }),
  importStatistics: route({
    method: 'POST',
    url: '/api/statistics/import',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'Write a previewed statistics sheet in one transaction (audited)',
      description:
        `${sheet}Send the same file with the preview's token: 409 import_stale when the file or the stored ` +
        'statistics changed since the preview; 422 import_rows_invalid while any row is bad (nothing is written).',
      tags,
      body: ConfirmStatisticsImportBodySchema,
      response: { 200: StatisticsImportResultSchema, ...problems },
    },
  }),
} as const;
