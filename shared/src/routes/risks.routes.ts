import { Type } from 'typebox';
import { KpiIdParamsSchema } from '../schemas/kpis.ts';
import {
  AssessRiskBodySchema,
  ConfirmRiskImportBodySchema,
  RiskExportQuerySchema,
  RiskImportBodySchema,
  RiskImportPreviewSchema,
  RiskImportResultSchema,
  CreateRiskBodySchema,
  KpiRisksSchema,
  RiskDetailSchema,
  RiskHeatMapQuerySchema,
  RiskHeatMapSchema,
  RiskIdParamsSchema,
  RiskListQuerySchema,
  RiskListSchema,
  RiskPeriodParamsSchema,
  TopRisksQuerySchema,
  TopRisksSchema,
  UpdateRiskBodySchema,
} from '../schemas/risks.ts';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

const tags = ['risks'];
const confirmedOnly =
  "Readers outside the risk's Sector (the Council among them) see confirmed assessments only.";

export const riskRoutes = {
  listRisks: route({
    method: 'GET',
    url: '/api/risks',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: "The risk register of a plan, with filters and each risk's latest assessment",
      description: `${confirmedOnly} ${ACTIVE_PLAN_NOTE}`,
      tags,
      querystring: RiskListQuerySchema,
      response: { 200: RiskListSchema, ...problems },
    },
  }),
  getRiskHeatMap: route({
    method: 'GET',
    url: '/api/risks/heat-map',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'The 5x5 heat map of confirmed residual ratings, with the risks of each cell',
      description: ACTIVE_PLAN_NOTE,
      tags,
      querystring: RiskHeatMapQuerySchema,
      response: { 200: RiskHeatMapSchema, ...problems },
    },
  }),
  getTopRisks: route({
    method: 'GET',
    url: '/api/risks/top',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'The highest confirmed risks of each Sector and the General Secretariat',
      description: ACTIVE_PLAN_NOTE,
      tags,
      querystring: TopRisksQuerySchema,
      response: { 200: TopRisksSchema, ...problems },
    },
  }),
  getRisk: route({
    method: 'GET',
    url: '/api/risks/:id',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'One risk: links, mitigation actions and its assessments over time',
      description: confirmedOnly,
      tags,
      params: RiskIdParamsSchema,
      response: { 200: RiskDetailSchema, ...problems },
    },
  }),
  createRisk: route({
    method: 'POST',
    url: '/api/risks',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Add a risk to the register (a focal point of the owner Sector, or an administrator)',
      tags,
      body: CreateRiskBodySchema,
      response: { 201: RiskDetailSchema, ...problems },
    },
  }),
  updateRisk: route({
    method: 'PUT',
    url: '/api/risks/:id',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Change a risk: texts, owner, links, treatment and mitigation actions',
      description: 'Send the version you loaded (409 version_conflict otherwise).',
      tags,
      params: RiskIdParamsSchema,
      body: UpdateRiskBodySchema,
      response: { 200: RiskDetailSchema, ...problems },
    },
  }),
  assessRisk: route({
    method: 'PUT',
    url: '/api/risks/:id/assessments/:period',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Assess a risk for a quarter (a draft until a reviewer confirms it)',
      tags,
      params: RiskPeriodParamsSchema,
      body: AssessRiskBodySchema,
      response: { 200: RiskDetailSchema, ...problems },
    },
  }),
  confirmRiskAssessment: route({
    method: 'POST',
    url: '/api/risks/:id/assessments/:period/confirm',
    auth: { permission: 'reviews:decide', scope: 'service' },
    schema: {
      summary: "Confirm a quarter's assessment (a reviewer of the owner Sector): it is then published",
      tags,
      params: RiskPeriodParamsSchema,
      response: { 200: RiskDetailSchema, ...problems },
    },
  }),
  exportRisks: route({
    method: 'GET',
    url: '/api/risks/export',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'The register as a spreadsheet to edit and import back (focal points and admins)',
      description:
        'One row per risk: code, title, description, category, owner unit, focal point, treatment, links. ' +
        ACTIVE_PLAN_NOTE,
      tags,
      querystring: RiskExportQuerySchema,
      response: { 200: Type.String({ description: 'The spreadsheet (XLSX or CSV)' }), ...problems },
    },
  }),
  previewRiskImport: route({
    method: 'POST',
    url: '/api/risks/import/preview',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary: 'Read an edited register: each row new, changed or unchanged, each bad row with its reason',
      description:
        'The file base64-encoded in JSON (`fileName` .xlsx or .csv, `content`), at most 5 MB decoded. Writes nothing.',
      tags,
      body: RiskImportBodySchema,
      response: { 200: RiskImportPreviewSchema, ...problems },
    },
  }),
  importRisks: route({
    method: 'POST',
    url: '/api/risks/import',
    auth: { permission: 'values:write', scope: 'service' },
    schema: {
      summary:
        'Write a previewed register in one transaction (refused while a row is bad or if anything changed)',
      tags,
      body: ConfirmRiskImportBodySchema,
      response: { 200: RiskImportResultSchema, ...problems },
    },
  }),
  listKpiRisks: route({
    method: 'GET',
    url: '/api/kpis/:id/risks',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'The risks linked to a KPI',
      description: confirmedOnly,
      tags,
      params: KpiIdParamsSchema,
      response: { 200: KpiRisksSchema, ...problems },
    },
  }),
} as const;
