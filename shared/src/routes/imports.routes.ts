// Spreadsheet template, export and import of a thematic priority's quarter (the entry grid's data).
import {
  ConfirmImportBodySchema,
  EntryFileParamsSchema,
  EntryFileQuerySchema,
  ImportFileBodySchema,
  ImportPreviewSchema,
  ImportQuerySchema,
  ImportResultSchema,
} from '../schemas/imports.ts';
import { Type } from 'typebox';
import { problems, route } from './route.ts';

const tags = ['entry'];
const file = Type.String({ description: 'The spreadsheet (XLSX or CSV)' });
const uploadHow =
  'Send the file base64-encoded in JSON (`fileName` with .xlsx or .csv, `content`), at most 5 MB decoded ' +
  '(413 file_too_large). Headers: KPI code, Period, Value (required), KPI name, Region, Note (optional), in ' +
  'any order. A file that is not XLSX/CSV, is empty or lacks a required header is refused with 400 ' +
  '(file_type_unsupported, file_unreadable, file_empty, headers_missing). ';

export const importRoutes = {
  downloadEntryTemplate: route({
    method: 'GET',
    url: '/api/entry/:priority/:period/template',
    auth: { permission: 'values:write', scope: 'review' },
    schema: {
      summary: 'A spreadsheet to fill in: one row per KPI of the priority (and per region), current values',
      tags,
      params: EntryFileParamsSchema,
      querystring: EntryFileQuerySchema,
      response: { 200: file, ...problems },
    },
  }),
  exportEntry: route({
    method: 'GET',
    url: '/api/entry/:priority/:period/export',
    auth: { permission: 'read:unapproved', scope: 'review' },
    schema: {
      summary: 'The grid as it stands (approved and draft values), as XLSX or CSV',
      tags,
      params: EntryFileParamsSchema,
      querystring: EntryFileQuerySchema,
      response: { 200: file, ...problems },
    },
  }),
  previewImport: route({
    method: 'POST',
    url: '/api/entry/:priority/:period/import/preview',
    auth: { permission: 'values:write', scope: 'review' },
    schema: {
      summary:
        'Read a filled-in spreadsheet: each row new, changed or unchanged, each bad row with its reason',
      description: `${uploadHow}Writes nothing.`,
      tags,
      params: EntryFileParamsSchema,
      querystring: ImportQuerySchema,
      body: ImportFileBodySchema,
      response: { 200: ImportPreviewSchema, ...problems },
    },
  }),
  confirmImport: route({
    method: 'POST',
    url: '/api/entry/:priority/:period/import',
    auth: { permission: 'values:write', scope: 'review' },
    schema: {
      summary: 'Write every valid row of a previewed file as a draft, in one transaction',
      description:
        `${uploadHow}Send the same file with the preview's token (409 import_stale when the file or the ` +
        'values changed since). Approved values are never touched; bad rows are skipped.',
      tags,
      params: EntryFileParamsSchema,
      querystring: ImportQuerySchema,
      body: ConfirmImportBodySchema,
      response: { 200: ImportResultSchema, ...problems },
    },
  }),
} as const;
