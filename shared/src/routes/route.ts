// The shape of one route definition, shared by every resource's route file.
import type { Static, TSchema } from 'typebox';
import type { Permission } from '../permissions.ts';
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

/**
 * How the server finds the thematic priority a scoped permission is checked against:
 * - `kpi`: the KPI in `params.id` (its owning priority);
 * - `kpi-code`: the KPI with the code `params.code` in the plan `params.plan` (its owning priority);
 * - `review`: the priority in `params.priority` (with `params.period` and `?plan=`);
 * - `service`: the service applies the scope itself (lists filtered to the user's priorities);
 * - `none`: the permission is not scoped.
 */
export type ScopeSource = 'kpi' | 'kpi-code' | 'review' | 'service' | 'none';

export interface RouteAuth {
  permission: Permission;
  scope: ScopeSource;
  /** false only for signing in: it starts a new session, so the old session's CSRF token cannot be asked. */
  csrf?: false;
  /**
   * `service`: the service judges the plan's lifecycle itself, in its own transaction (a draft plan's KPI
   * unknown to those who do not author the framework, a closed plan read-only), from the rows it reads
   * anyway; the lifecycle check every other route gets before its handler is left out.
   */
  plan?: 'service';
}

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  auth: RouteAuth;
  schema: RouteSchema;
}

/**
 * Said by every route whose plan, when `?plan=` is left out, is the active one (the figures' plan resolver,
 * server/src/modules/figures/plan-period.ts): the OpenAPI document names the 404 such a route can answer.
 */
export const ACTIVE_PLAN_NOTE =
  'Without `plan`, the active plan: 404 no_active_plan when no plan is active (name one with `plan`).';

/** Every failure answers with problem details. */
export const problems = { '4xx': ProblemSchema, '5xx': ProblemSchema } as const;

export function route<const D extends RouteDefinition>(definition: D): D {
  return definition;
}

// The types a client takes from a route: its params, query and body, and the body of its success answer,
// each the Static of the route's own schema (never a hand-written copy).
// A response with several content types (JSON or a download) is JSON to a fetcher.
type StaticOf<S> = S extends { content: { 'application/json': { schema: infer J } } }
  ? StaticOf<J>
  : S extends TSchema
    ? Static<S>
    : undefined;
type SchemaPart<R extends RouteDefinition, K extends keyof RouteSchema> = K extends keyof R['schema']
  ? StaticOf<R['schema'][K]>
  : undefined;
type SuccessStatus = 200 | 201 | 202 | 204 | '200' | '201' | '202' | '204';

export type RouteParams<R extends RouteDefinition> = SchemaPart<R, 'params'>;
export type RouteQuery<R extends RouteDefinition> = SchemaPart<R, 'querystring'>;
export type RouteBody<R extends RouteDefinition> = SchemaPart<R, 'body'>;
/** What the route answers on success (every 2xx status it declares). */
export type RouteResponse<R extends RouteDefinition> = {
  [K in keyof R['schema']['response'] & SuccessStatus]: StaticOf<R['schema']['response'][K]>;
}[keyof R['schema']['response'] & SuccessStatus];
