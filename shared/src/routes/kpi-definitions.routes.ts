// The KPI framework for its authors: list a plan's KPI definitions, create a KPI, change its definition,
// revise one year's target (with a reason), set a draft plan's annual targets directly.
import {
  CreateKpiBodySchema,
  KpiIdParamsSchema,
  ReviseTargetBodySchema,
  UpdateKpiBodySchema,
} from '../schemas/kpis.ts';
import {
  KpiDefinitionListQuerySchema,
  KpiDefinitionListSchema,
  KpiDefinitionSchema,
  SetAnnualTargetsBodySchema,
  SetAnnualTargetsResultSchema,
  TargetRevisionResultSchema,
} from '../schemas/kpi-definitions.ts';
import { problems, route } from './route.ts';

export const kpiDefinitionRoutes = {
  listKpiDefinitions: route({
    method: 'GET',
    url: '/api/kpi-definitions',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "A plan's KPI definitions for the framework editor, with links and annual targets",
      description:
        'Every KPI of the plan (draft, active or closed; inactive ones included) in code order. ' +
        'An unknown plan is 404 not_found.',
      tags: ['kpis'],
      querystring: KpiDefinitionListQuerySchema,
      response: { 200: KpiDefinitionListSchema, ...problems },
    },
  }),
  setAnnualTargets: route({
    method: 'PUT',
    url: '/api/kpi-definitions/annual-targets',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "Set a draft plan's annual targets directly, many KPIs and years in one transaction",
      description:
        'Only while the plan is a draft: in an active plan each change is a revision with a reason ' +
        '(POST /api/kpis/{id}/targets), so this answers 409 plan_not_draft; a closed plan is 409 plan_closed. ' +
        'Unknown KPI codes (422 unknown_kpi), years outside the plan (422 year_outside_plan), a year given ' +
        'twice for a KPI (422 year_duplicate) and values invalid for the unit (422) name the field ' +
        '(body.targets.<index>.<field>); nothing is written then. Each KPI changed is audited with before and after.',
      tags: ['kpis'],
      body: SetAnnualTargetsBodySchema,
      response: { 200: SetAnnualTargetsResultSchema, ...problems },
    },
  }),
  createKpi: route({
    method: 'POST',
    url: '/api/kpis',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'Create a KPI in a plan, with its links and annual targets',
      description:
        'The first outcome decides the owning priority. References to unknown outcomes, targets or themes, ' +
        'target years outside the plan and values invalid for the unit are 422 with the field; a code already ' +
        'used in the plan is 409 kpi_code_taken; a closed plan is 409 plan_closed. Answers 201 with a Location header.',
      tags: ['kpis'],
      body: CreateKpiBodySchema,
      response: { 201: KpiDefinitionSchema, ...problems },
    },
  }),
  updateKpi: route({
    method: 'PATCH',
    url: '/api/kpis/:id',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "Change a KPI's name, definition, baseline, tolerance, weight, source, owner unit or activity",
      description:
        'Unit, direction, aggregation and frequency cannot be changed (they decide how stored values are read). ' +
        'The audit log records the changed fields only; a body that changes nothing writes nothing. ' +
        'A KPI of a closed plan is 409 plan_closed.',
      tags: ['kpis'],
      params: KpiIdParamsSchema,
      body: UpdateKpiBodySchema,
      response: { 200: KpiDefinitionSchema, ...problems },
    },
  }),
  reviseKpiTarget: route({
    method: 'POST',
    url: '/api/kpis/:id/targets',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: "Revise one year's annual target, with a reason kept in the revision history",
      description:
        'The year must be inside the plan (422 year_outside_plan) and the value valid for the unit (422); ' +
        'the same value as now is 409 target_unchanged; a KPI of a closed plan is 409 plan_closed. ' +
        'In a draft plan targets may also be set directly (PUT /api/kpi-definitions/annual-targets).',
      tags: ['kpis'],
      params: KpiIdParamsSchema,
      body: ReviseTargetBodySchema,
      response: { 201: TargetRevisionResultSchema, ...problems },
    },
  }),
} as const;
