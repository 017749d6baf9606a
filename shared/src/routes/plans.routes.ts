import { HealthSchema } from '../schemas/health.ts';
import { LanguageQuerySchema, PlanCodeParamsSchema } from '../schemas/common.ts';
import {
  PlanChecklistSchema,
  PlanSuccessorBodySchema,
  PlanSuccessorResultSchema,
} from '../schemas/plan-lifecycle.ts';
import { FrameworkSchema, PlanListSchema, PlanSchema } from '../schemas/plans.ts';
import { problems, route } from './route.ts';

export const planRoutes = {
  health: route({
    method: 'GET',
    url: '/api/health',
    auth: { permission: 'public', scope: 'none' },
    schema: {
      summary: 'Liveness and database check',
      tags: ['system'],
      response: { 200: HealthSchema, ...problems },
    },
  }),
  listPlans: route({
    method: 'GET',
    url: '/api/plans',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'Strategic plans, newest first',
      tags: ['framework'],
      querystring: LanguageQuerySchema,
      response: { 200: PlanListSchema, ...problems },
    },
  }),
  getPlan: route({
    method: 'GET',
    url: '/api/plans/:plan',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary: 'One plan by its code',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      querystring: LanguageQuerySchema,
      response: { 200: PlanSchema, ...problems },
    },
  }),
  getFramework: route({
    method: 'GET',
    url: '/api/plans/:plan/framework',
    auth: { permission: 'read', scope: 'none' },
    schema: {
      summary:
        'The whole results framework of a plan: goals, targets, Sectors, priorities, outcomes, KPIs, themes',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      querystring: LanguageQuerySchema,
      response: { 200: FrameworkSchema, ...problems },
    },
  }),
  createPlanSuccessor: route({
    method: 'POST',
    url: '/api/plans/:plan/successor',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'New plan from this one: a draft with its structure and active KPIs (continuity links kept)',
      description:
        'Copies goals, targets, priorities, outcomes, outputs, enablers, theme links and the active KPIs into a ' +
        'new draft plan; annual targets are left to fill (see the activation checklist). 409 plan_code_taken ' +
        'when the code exists; 422 when the years do not follow the source plan.',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      body: PlanSuccessorBodySchema,
      response: { 201: PlanSuccessorResultSchema, ...problems },
    },
  }),
  getPlanActivationChecklist: route({
    method: 'GET',
    url: '/api/plans/:plan/activation-checklist',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'What must be filled before the plan can be activated',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      response: { 200: PlanChecklistSchema, ...problems },
    },
  }),
  activatePlan: route({
    method: 'POST',
    url: '/api/plans/:plan/activate',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'Activate a draft plan: it becomes the default plan for everyone',
      description:
        '422 plan_not_ready with one error per failed checklist item; 409 plan_not_draft otherwise.',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      querystring: LanguageQuerySchema,
      response: { 200: PlanSchema, ...problems },
    },
  }),
  closePlan: route({
    method: 'POST',
    url: '/api/plans/:plan/close',
    auth: { permission: 'framework:write', scope: 'none' },
    schema: {
      summary: 'Close an active plan: it becomes read-only, its reports stay',
      description:
        '409 plan_not_active for a draft or closed plan; 409 last_active_plan for the only active one.',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      querystring: LanguageQuerySchema,
      response: { 200: PlanSchema, ...problems },
    },
  }),
} as const;
