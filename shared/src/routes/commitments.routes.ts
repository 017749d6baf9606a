import { Type } from 'typebox';
import {
  CommitmentExportQuerySchema,
  CommitmentImportBodySchema,
  CommitmentImportPreviewSchema,
  CommitmentImportResultSchema,
  ConfirmCommitmentImportBodySchema,
} from '../schemas/commitment-sheet.ts';
import {
  CommitmentDetailSchema,
  CommitmentIdParamsSchema,
  CommitmentListQuerySchema,
  CommitmentListSchema,
  CommitmentProgressBodySchema,
  CreateCommitmentBodySchema,
  UpdateCommitmentBodySchema,
} from '../schemas/commitments.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['commitments'];
const confirmedOnly = 'Readers outside the owner unit (the Council among them) see confirmed progress only.';

export const commitmentRoutes = {
  listCommitments: route({
    method: 'GET',
    url: '/api/commitments',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary:
        'Retreat commitments, roadmap projects and foresight activities with filters and status counts',
      description: `${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: CommitmentListQuerySchema,
      response: { 200: CommitmentListSchema, ...problems },
    },
  }),
  getCommitment: route({
    method: 'GET',
    url: '/api/commitments/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'One commitment with the history of its progress notes',
      description: confirmedOnly,
      tags,
      params: CommitmentIdParamsSchema,
      response: { 200: CommitmentDetailSchema, ...problems },
    },
  }),
  createCommitment: route({
    method: 'POST',
    url: '/api/commitments',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Record a commitment (a focal point of the owner unit); its first progress note is a draft',
      tags,
      body: CreateCommitmentBodySchema,
      response: { 201: CommitmentDetailSchema, ...problems },
    },
  }),
  updateCommitment: route({
    method: 'PUT',
    url: '/api/commitments/:id',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Change a commitment (its status changes through a progress note)',
      description: 'Send the version you loaded (409 version_conflict otherwise).',
      tags,
      params: CommitmentIdParamsSchema,
      body: UpdateCommitmentBodySchema,
      response: { 200: CommitmentDetailSchema, ...problems },
    },
  }),
  addCommitmentProgress: route({
    method: 'POST',
    url: '/api/commitments/:id/progress',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        "Propose a quarter's progress note and status (a draft; replaces the draft awaiting its reviewer)",
      tags,
      params: CommitmentIdParamsSchema,
      body: CommitmentProgressBodySchema,
      response: { 200: CommitmentDetailSchema, ...problems },
    },
  }),
  confirmCommitment: route({
    method: 'POST',
    url: '/api/commitments/:id/confirm',
    auth: { permission: 'reviews:decide', scope: 'service' },
    schema: {
      summary: 'Confirm the proposed progress note (a reviewer of the owner unit): it is then published',
      tags,
      params: CommitmentIdParamsSchema,
      response: { 200: CommitmentDetailSchema, ...problems },
    },
  }),
  exportCommitments: route({
    method: 'GET',
    url: '/api/commitments/export',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'The commitments as a spreadsheet to edit and import back (focal points and admins)',
      description:
        'One row per commitment: code, source, titles, owner unit, kind, due date, links. ' +
        ACTIVE_PLAN_NOTE,
      tags,
      querystring: CommitmentExportQuerySchema,
      response: { 200: Type.String({ description: 'The spreadsheet (XLSX or CSV)' }), ...problems },
    },
  }),
  previewCommitmentImport: route({
    method: 'POST',
    url: '/api/commitments/import/preview',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Read an edited commitments sheet: each row new, changed or unchanged, each bad row with its reason',
      description:
        'The file base64-encoded in JSON (`fileName` .xlsx or .csv, `content`), at most 5 MB decoded. Writes nothing.',
      tags,
      body: CommitmentImportBodySchema,
      response: { 200: CommitmentImportPreviewSchema, ...problems },
    },
  }),
  importCommitments: route({
    method: 'POST',
    url: '/api/commitments/import',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Write a previewed commitments sheet in one transaction (refused while a row is bad or if anything changed)',
      tags,
      body: ConfirmCommitmentImportBodySchema,
      response: { 200: CommitmentImportResultSchema, ...problems },
    },
  }),
} as const;
