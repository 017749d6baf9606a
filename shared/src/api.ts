// The API's routes: path, method and schema bundle, defined once. The server registers them (validation,
// serialization, OpenAPI); the client builds URLs from the same paths and takes its types from the schemas.
import type { TSchema } from 'typebox';
import {
  LanguageQuerySchema,
  PlanCodeParamsSchema,
  ProblemSchema,
  HealthSchema,
  PlanListSchema,
  PlanSchema,
  FrameworkSchema,
} from './schemas/index.ts';

export interface RouteSchema {
  summary: string;
  tags: string[];
  params?: TSchema;
  querystring?: TSchema;
  body?: TSchema;
  response: Record<string, TSchema>;
}

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  schema: RouteSchema;
}

/** Every failure answers with problem details. */
const problems = { '4xx': ProblemSchema, '5xx': ProblemSchema };

function route<const D extends RouteDefinition>(definition: D): D {
  return definition;
}

export const api = {
  health: route({
    method: 'GET',
    url: '/api/health',
    schema: {
      summary: 'Liveness and database check',
      tags: ['system'],
      response: { 200: HealthSchema, ...problems },
    },
  }),
  listPlans: route({
    method: 'GET',
    url: '/api/plans',
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
    schema: {
      summary: 'The whole results framework of a plan: goals, targets, Sectors, priorities, outcomes, KPIs, themes',
      tags: ['framework'],
      params: PlanCodeParamsSchema,
      querystring: LanguageQuerySchema,
      response: { 200: FrameworkSchema, ...problems },
    },
  }),
} as const;

/** Fills `:name` segments of a route path, URL-encoding each value. */
export function apiPath(url: string, params: Record<string, string | number> = {}): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${url}`);
    return encodeURIComponent(String(value));
  });
}
