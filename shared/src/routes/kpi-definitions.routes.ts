// Writes to the KPI framework: create a KPI, change its definition, revise one year's target.
import {
  CreateKpiBodySchema,
  KpiIdParamsSchema,
  ReviseTargetBodySchema,
  UpdateKpiBodySchema,
} from '../schemas/kpis.ts';
import { KpiDefinitionSchema, TargetRevisionResultSchema } from '../schemas/kpi-definitions.ts';
import { problems, route } from './route.ts';

export const kpiDefinitionRoutes = {
  createKpi: route({
    method: 'POST',
    url: '/api/kpis',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'Create a KPI in a plan, with its links and annual targets',
      description:
        'The first outcome decides the owning priority. References to unknown outcomes, targets or themes, ' +
        'target years outside the plan and values invalid for the unit are 422 with the field; a code already ' +
        'used in the plan is 409 kpi_code_taken; a closed plan is 423 plan_closed. Answers 201 with a Location header.',
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
        'A KPI of a closed plan is 423 plan_closed.',
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
        'the same value as now is 409 target_unchanged; a KPI of a closed plan is 423 plan_closed.',
      tags: ['kpis'],
      params: KpiIdParamsSchema,
      body: ReviseTargetBodySchema,
      response: { 201: TargetRevisionResultSchema, ...problems },
    },
  }),
} as const;
