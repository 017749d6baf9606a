import {
  KpiDetailQuerySchema,
  KpiDetailSchema,
  KpiIdParamsSchema,
  KpiListQuerySchema,
  KpiListSchema,
} from '../schemas/kpis.ts';
import {
  DeleteValueQuerySchema,
  KpiValueSchema,
  PutValueBodySchema,
  ValueBatchBodySchema,
  ValueBatchResultSchema,
  ValueParamsSchema,
} from '../schemas/values.ts';
import { DashboardQuerySchema, DashboardSchema } from '../schemas/dashboard.ts';
import { Type } from 'typebox';
import { ACTIVE_PLAN_NOTE, problems, route } from './route.ts';

/** A KPI as pages address it (`/plans/:plan/kpis/:code`); the code is matched without regard to case. */
const KpiCodeParamsSchema = Type.Object({
  plan: Type.String({ description: 'Plan code' }),
  code: Type.String({ minLength: 1, maxLength: 100, description: 'KPI code' }),
});

export const kpiRoutes = {
  listKpis: route({
    method: 'GET',
    url: '/api/kpis',
    auth: { permission: 'read', scope: 'service' },
    schema: {
      summary: 'KPIs with their latest status, filtered and paginated',
      description: ACTIVE_PLAN_NOTE,
      tags: ['kpis'],
      querystring: KpiListQuerySchema,
      response: { 200: KpiListSchema, ...problems },
    },
  }),
  getKpi: route({
    method: 'GET',
    url: '/api/kpis/:id',
    auth: { permission: 'read', scope: 'kpi' },
    schema: {
      summary:
        'One KPI: definition, baseline, annual targets and revisions, series per quarter and year, forecast',
      tags: ['kpis'],
      params: KpiIdParamsSchema,
      querystring: KpiDetailQuerySchema,
      response: { 200: KpiDetailSchema, ...problems },
    },
  }),
  getKpiByCode: route({
    method: 'GET',
    url: '/api/plans/:plan/kpis/:code',
    auth: { permission: 'read', scope: 'kpi-code' },
    schema: {
      summary: 'One KPI by its code in a plan: the same answer as GET /api/kpis/{id}',
      description:
        'For pages addressed by code. Errors: 404 not_found (plan, or no KPI with that code in it), ' +
        '403 out_of_scope (include=unapproved on a KPI outside your scope).',
      tags: ['kpis'],
      params: KpiCodeParamsSchema,
      querystring: KpiDetailQuerySchema,
      response: { 200: KpiDetailSchema, ...problems },
    },
  }),
  putValue: route({
    method: 'PUT',
    url: '/api/kpis/:id/values/:period',
    // the KPI's scope and plan are checked by the service, from the one query a write reads its KPI with
    auth: { permission: 'values:write', scope: 'service', plan: 'service' },
    schema: {
      summary: "Enter or change a quarter's value (as a draft)",
      description:
        'Send the `version` you loaded when the value exists: a stale version answers 409 so nobody overwrites ' +
        "another person's change. Approved or submitted quarters answer 423.",
      tags: ['values'],
      params: ValueParamsSchema,
      body: PutValueBodySchema,
      response: { 200: KpiValueSchema, 201: KpiValueSchema, ...problems },
    },
  }),
  deleteValue: route({
    method: 'DELETE',
    url: '/api/kpis/:id/values/:period',
    auth: { permission: 'values:write', scope: 'service', plan: 'service' },
    schema: {
      summary: 'Delete a draft value',
      tags: ['values'],
      params: ValueParamsSchema,
      querystring: DeleteValueQuerySchema,
      response: { 204: Type.Null(), ...problems },
    },
  }),
  saveValueBatch: route({
    method: 'POST',
    url: '/api/values/batch',
    // each cell's KPI is checked against the user's scope by the service (out_of_scope for that cell)
    auth: { permission: 'values:write', scope: 'service', plan: 'service' },
    schema: {
      summary: 'Enter or change many values (as drafts) in one request and one transaction',
      description:
        'Each cell is what one PUT /api/kpis/{id}/values/{period} would send, under the same rules, and is ' +
        "answered in the cells' order with the status that PUT would answer: 200 or 201 with the value, or " +
        'its problem: 404 not_found (KPI), 403 out_of_scope (a KPI outside your scope), 422 (period_*, ' +
        'unknown_region, region_not_allowed and the value rules), 409 version_required or version_conflict ' +
        '(a stale version), 423 value_locked, quarter_submitted or quarter_approved. Cells that fail are ' +
        'answered with their problem and the others are saved, each audited like a PUT; the data revision ' +
        'is raised once. A body that breaks the schema (more than 5,000 cells, a field of the wrong type) ' +
        'answers 400 and saves nothing.',
      tags: ['values'],
      body: ValueBatchBodySchema,
      response: { 200: ValueBatchResultSchema, ...problems },
    },
  }),
  getDashboard: route({
    method: 'GET',
    url: '/api/dashboard',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary:
        'Roll-ups of one period by goal, Sector, priority and region, with status counts and completeness',
      description: ACTIVE_PLAN_NOTE,
      tags: ['figures'],
      querystring: DashboardQuerySchema,
      response: { 200: DashboardSchema, ...problems },
    },
  }),
} as const;
