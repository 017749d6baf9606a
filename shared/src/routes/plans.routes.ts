import { HealthSchema } from '../schemas/health.ts';
import { LanguageQuerySchema, PlanCodeParamsSchema } from '../schemas/common.ts';
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
} as const;
