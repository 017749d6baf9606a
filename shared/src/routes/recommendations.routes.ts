import { Type } from 'typebox';
import {
  CreateRecommendationBodySchema,
  RecommendationDetailSchema,
  RecommendationIdParamsSchema,
  RecommendationListQuerySchema,
  RecommendationListSchema,
  RecommendationRatesQuerySchema,
  RecommendationRatesSchema,
  UpdateRecommendationBodySchema,
} from '../schemas/recommendations.ts';
import {
  ConfirmRecommendationImportBodySchema,
  RecommendationExportQuerySchema,
  RecommendationImportBodySchema,
  RecommendationImportPreviewSchema,
  RecommendationImportResultSchema,
} from '../schemas/recommendation-sheet.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['recommendations'];
const confirmedOnly =
  'Readers outside the responsible unit (the Council among them) see confirmed states only.';

export const recommendationRoutes = {
  listRecommendations: route({
    method: 'GET',
    url: '/api/recommendations',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'Oversight recommendations with filters, each with its latest state',
      description: `${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: RecommendationListQuerySchema,
      response: { 200: RecommendationListSchema, ...problems },
    },
  }),
  getRecommendationRates: route({
    method: 'GET',
    url: '/api/recommendations/rates',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Implementation and acceptance rates by body and report year, ageing, overdue per unit',
      description: `Computed on confirmed states only, whoever asks. ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: RecommendationRatesQuerySchema,
      response: { 200: RecommendationRatesSchema, ...problems },
    },
  }),
  getRecommendation: route({
    method: 'GET',
    url: '/api/recommendations/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'One recommendation with the history of its states',
      description: confirmedOnly,
      tags,
      params: RecommendationIdParamsSchema,
      response: { 200: RecommendationDetailSchema, ...problems },
    },
  }),
  createRecommendation: route({
    method: 'POST',
    url: '/api/recommendations',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Record a recommendation (a focal point of the responsible unit); its state is a draft',
      tags,
      body: CreateRecommendationBodySchema,
      response: { 201: RecommendationDetailSchema, ...problems },
    },
  }),
  updateRecommendation: route({
    method: 'PUT',
    url: '/api/recommendations/:id',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Change a recommendation; a changed state is proposed as a draft',
      description: 'Send the version you loaded (409 version_conflict otherwise).',
      tags,
      params: RecommendationIdParamsSchema,
      body: UpdateRecommendationBodySchema,
      response: { 200: RecommendationDetailSchema, ...problems },
    },
  }),
  confirmRecommendation: route({
    method: 'POST',
    url: '/api/recommendations/:id/confirm',
    auth: { permission: 'reviews:decide', scope: 'service' },
    schema: {
      summary: 'Confirm the proposed state (a reviewer of the responsible unit): it is then published',
      tags,
      params: RecommendationIdParamsSchema,
      response: { 200: RecommendationDetailSchema, ...problems },
    },
  }),
  exportRecommendations: route({
    method: 'GET',
    url: '/api/recommendations/export',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'The recommendations as a spreadsheet to edit and import back (focal points and admins)',
      description:
        'One row per recommendation: body, report, date, number, text, addressee, priority, responsible unit, ' +
        'links, and the latest state you may see (acceptance, implementation, target date, evidence, note). ' +
        ACTIVE_PLAN_NOTE,
      tags,
      querystring: RecommendationExportQuerySchema,
      response: { 200: Type.String({ description: 'The spreadsheet (XLSX or CSV)' }), ...problems },
    },
  }),
  previewRecommendationImport: route({
    method: 'POST',
    url: '/api/recommendations/import/preview',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Read an edited sheet: each row new, changed or unchanged, each bad row with its reason and cell',
      description:
        'The file base64-encoded in JSON (`fileName` .xlsx or .csv, `content`), at most 5 MB decoded. Writes nothing.',
      tags,
      body: RecommendationImportBodySchema,
      response: { 200: RecommendationImportPreviewSchema, ...problems },
    },
  }),
  importRecommendations: route({
    method: 'POST',
    url: '/api/recommendations/import',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Write a previewed sheet in one transaction (refused while a row is bad or if anything changed); a changed state is proposed as a draft',
      tags,
      body: ConfirmRecommendationImportBodySchema,
      response: { 200: RecommendationImportResultSchema, ...problems },
    },
  }),
} as const;
