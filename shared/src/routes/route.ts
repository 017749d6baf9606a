// The shape of one route definition, shared by every resource's route file.
import type { TSchema } from 'typebox';
import { ProblemSchema } from '../schemas/common.ts';

export interface RouteSchema {
  summary: string;
  description?: string;
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
export const problems = { '4xx': ProblemSchema, '5xx': ProblemSchema } as const;

export function route<const D extends RouteDefinition>(definition: D): D {
  return definition;
}
