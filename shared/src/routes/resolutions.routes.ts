import { Type } from 'typebox';
import {
  ConfirmResolutionImportBodySchema,
  ResolutionBodySchema,
  ResolutionExportQuerySchema,
  ResolutionIdParamsSchema,
  ResolutionImportBodySchema,
  ResolutionImportPreviewSchema,
  ResolutionImportResultSchema,
  ResolutionListQuerySchema,
  ResolutionListSchema,
  ResolutionSchema,
  UpdateResolutionBodySchema,
} from '../schemas/resolutions.ts';
import { problems, route } from './route.ts';

const tags = ['resolutions'];
const editors =
  'An administrator, or the coordinator of a theme the resolution is linked to (before and after the change); ' +
  'checked by the service against appointments, not roles alone.';

export const resolutionRoutes = {
  listResolutions: route({
    method: 'GET',
    url: '/api/resolutions',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary:
        'The resolution mapping: each resolution with its responsible entity per Sector, themes and priorities',
      description:
        'Reference data without a draft state: every signed-in reader (the Council too) sees it all.',
      tags,
      querystring: ResolutionListQuerySchema,
      response: { 200: ResolutionListSchema, ...problems },
    },
  }),
  getResolution: route({
    method: 'GET',
    url: '/api/resolutions/:id',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'One mapped resolution',
      tags,
      params: ResolutionIdParamsSchema,
      response: { 200: ResolutionSchema, ...problems },
    },
  }),
  createResolution: route({
    method: 'POST',
    url: '/api/resolutions',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'Map a resolution',
      description: editors,
      tags,
      body: ResolutionBodySchema,
      response: { 201: ResolutionSchema, ...problems },
    },
  }),
  updateResolution: route({
    method: 'PUT',
    url: '/api/resolutions/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: "Change a resolution's mapping",
      description: `${editors} Send the version you loaded (409 version_conflict otherwise).`,
      tags,
      params: ResolutionIdParamsSchema,
      body: UpdateResolutionBodySchema,
      response: { 200: ResolutionSchema, ...problems },
    },
  }),
  exportResolutions: route({
    method: 'GET',
    url: '/api/resolutions/export',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'The mapping as a spreadsheet to edit and import back (administrators and theme coordinators)',
      description:
        'One row per resolution: conference, number, revision, the six titles, the four responsible entities, themes, priorities.',
      tags,
      querystring: ResolutionExportQuerySchema,
      response: { 200: Type.String({ description: 'The spreadsheet (XLSX or CSV)' }), ...problems },
    },
  }),
  previewResolutionImport: route({
    method: 'POST',
    url: '/api/resolutions/import/preview',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        'Read an edited mapping: each row new, changed or unchanged, each bad row with its reason and cell',
      description:
        'The file base64-encoded in JSON (`fileName` .xlsx or .csv, `content`), at most 5 MB decoded. Writes nothing. ' +
        editors,
      tags,
      body: ResolutionImportBodySchema,
      response: { 200: ResolutionImportPreviewSchema, ...problems },
    },
  }),
  importResolutions: route({
    method: 'POST',
    url: '/api/resolutions/import',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        'Write a previewed mapping in one transaction (refused while a row is bad or if anything changed)',
      tags,
      body: ConfirmResolutionImportBodySchema,
      response: { 200: ResolutionImportResultSchema, ...problems },
    },
  }),
} as const;
