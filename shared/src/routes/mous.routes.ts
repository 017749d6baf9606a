import { Type } from 'typebox';
import {
  ConfirmMouImportBodySchema,
  MouExportQuerySchema,
  MouImportBodySchema,
  MouImportPreviewSchema,
  MouImportResultSchema,
} from '../schemas/mou-sheet.ts';
import {
  CreateMouBodySchema,
  MouIdParamsSchema,
  MouListQuerySchema,
  MouHistorySchema,
  MouListSchema,
  MouSchema,
  UpdateMouBodySchema,
} from '../schemas/mous.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['mous'];
const confirmedOnly = 'Readers outside the owner unit (the Council among them) see confirmed MoUs only.';

export const mouRoutes = {
  listMous: route({
    method: 'GET',
    url: '/api/mous',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'MoUs with filters, expiry warnings and counts by unit and region',
      description: `${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: MouListQuerySchema,
      response: { 200: MouListSchema, ...problems },
    },
  }),
  getMou: route({
    method: 'GET',
    url: '/api/mous/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'One MoU',
      description: confirmedOnly,
      tags,
      params: MouIdParamsSchema,
      response: { 200: MouSchema, ...problems },
    },
  }),
  getMouHistory: route({
    method: 'GET',
    url: '/api/mous/:id/history',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'Who recorded, changed and confirmed a MoU, and when, with the fields each change set',
      description:
        'Readers outside the owner unit (the Council among them) see the confirmations only, without content.',
      tags,
      params: MouIdParamsSchema,
      response: { 200: MouHistorySchema, ...problems },
    },
  }),
  createMou: route({
    method: 'POST',
    url: '/api/mous',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Record a MoU (a focal point of the owner unit); a draft until confirmed',
      tags,
      body: CreateMouBodySchema,
      response: { 201: MouSchema, ...problems },
    },
  }),
  updateMou: route({
    method: 'PUT',
    url: '/api/mous/:id',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Change a MoU; a change makes it a draft again until a reviewer confirms it',
      description: 'Send the version you loaded (409 version_conflict otherwise).',
      tags,
      params: MouIdParamsSchema,
      body: UpdateMouBodySchema,
      response: { 200: MouSchema, ...problems },
    },
  }),
  confirmMou: route({
    method: 'POST',
    url: '/api/mous/:id/confirm',
    auth: { permission: 'reviews:decide', scope: 'service' },
    schema: {
      summary: 'Confirm a MoU (a reviewer of the owner unit): it is then published',
      tags,
      params: MouIdParamsSchema,
      response: { 200: MouSchema, ...problems },
    },
  }),
  exportMous: route({
    method: 'GET',
    url: '/api/mous/export',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'The MoUs as a spreadsheet to edit and import back',
      description:
        'One row per MoU as the reader sees it: code, partner, type, dates, amount and currency, ' +
        `implications, status, owner unit, region, links. ${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: MouExportQuerySchema,
      response: { 200: Type.String({ description: 'The spreadsheet (XLSX or CSV)' }), ...problems },
    },
  }),
  previewMouImport: route({
    method: 'POST',
    url: '/api/mous/import/preview',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Read an edited MoU sheet: each row new, changed or unchanged, each bad row with its reason and cell',
      description:
        'The file base64-encoded in JSON (`fileName` .xlsx or .csv, `content`), at most 5 MB decoded. Writes nothing.',
      tags,
      body: MouImportBodySchema,
      response: { 200: MouImportPreviewSchema, ...problems },
    },
  }),
  importMous: route({
    method: 'POST',
    url: '/api/mous/import',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Write a previewed MoU sheet in one transaction; each new or changed MoU is a draft until its reviewer confirms it',
      description:
        'Refused while a row is bad (422), if anything changed since the preview (409) or if a row changes a MoU of a unit outside your scope (403).',
      tags,
      body: ConfirmMouImportBodySchema,
      response: { 200: MouImportResultSchema, ...problems },
    },
  }),
} as const;
