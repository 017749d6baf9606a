// Talks to the API. Any non-2xx answer becomes an ApiError carrying the problem details (stable code,
// per-field errors) so screens can show the message in the user's language next to the right field.
// Changes carry the session's CSRF token; a 401 tells whoever listens that the session has ended.
import {
  apiPath,
  type RouteBody,
  type RouteDefinition,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
} from '@rbm/shared/api';
import type { Problem } from '@rbm/shared/schemas';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** From a Retry-After header (429, 503): how long to wait, in whole seconds; null when not given. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail);
    this.name = 'ApiError';
  }

  get code(): string {
    return this.problem.code;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

// The session cookie is HttpOnly; the CSRF token comes with the session body and lives here, in
// memory only, so a script on another site cannot read it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type UnauthorizedListener = (error: ApiError) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * Called (synchronously, before the failing call rejects) whenever the API answers 401: the session
 * has ended. Returns the function that stops listening.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

export interface FetchOptions {
  /**
   * Whether a 401 means "the session ended" (the default). Signing in and asking for the session answer
   * 401 as a normal outcome and turn it off.
   */
  notifyUnauthorized?: boolean;
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'code' in body && 'status' in body && 'detail' in body;
}

/** Retry-After is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** An error body that is not JSON (a proxy's HTML page) still becomes an ApiError, not a SyntaxError. */
function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function fetchJson<T>(
  url: string,
  init: RequestInit = {},
  options: FetchOptions = {},
): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
  if (!SAFE_METHODS.has(method) && csrfToken !== null && !headers.has(CSRF_HEADER)) {
    headers.set(CSRF_HEADER, csrfToken);
  }
  let response: Response;
  try {
    response = await fetch(url, { ...init, method, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {
      type: 'about:blank#network_error',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached',
      code: 'network_error',
    });
  }
  const text = await response.text();
  if (!response.ok) {
    const body = parseErrorBody(text);
    const error = new ApiError(
      response.status,
      isProblem(body)
        ? body
        : {
            type: 'about:blank',
            title: response.statusText,
            status: response.status,
            detail: response.statusText,
            code: 'http_error',
          },
      parseRetryAfter(response.headers.get('retry-after')),
    );
    if (response.status === 401 && options.notifyUnauthorized !== false) {
      for (const listener of [...unauthorizedListeners]) listener(error);
    }
    throw error;
  }
  return (text === '' ? null : JSON.parse(text)) as T;
}

type QueryValue = string | number | boolean | readonly (string | number)[] | undefined | null;

/** Builds a query string from defined values only; an array repeats its key (`status=a&status=b`). */
export function withQuery(url: string, query: Readonly<Record<string, QueryValue>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs === '' ? url : `${url}?${qs}`;
}

/** A part of a route's input: absent when the route has none, optional when every field of it is. */
type Part<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: undefined }
  : object extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

/** An optional query field may also be null: left out, as undefined is. */
type QueryInput<Q> = Q extends object ? { [K in keyof Q]: undefined extends Q[K] ? Q[K] | null : Q[K] } : Q;

/** What a call of the route sends: its path params, query and body, typed by the route's schemas. */
export type RouteInput<R extends RouteDefinition> = Part<'params', RouteParams<R>> &
  Part<'query', QueryInput<RouteQuery<R>>> &
  Part<'body', RouteBody<R>>;

type RouteArgs<R extends RouteDefinition> =
  object extends RouteInput<R>
    ? [input?: RouteInput<R>, options?: FetchOptions]
    : [input: RouteInput<R>, options?: FetchOptions];

/** The URL of a call of the route (for a download link, say): the path filled in, the query appended. */
export function routeUrl<R extends RouteDefinition>(
  route: R,
  input: Pick<RouteInput<R>, 'params' | 'query'> = {},
): string {
  const params = input.params as Record<string, string | number> | undefined;
  const query = input.query as Record<string, QueryValue> | undefined;
  return withQuery(apiPath(route.url, params), query ?? {});
}

/**
 * Calls a route of the route table (`api.<name>` from `@rbm/shared/api`); the answer's type is the
 * Static of the route's success schema, so no call names its type by hand:
 * `fetchRoute(api.getKpi, { params: { id }, query: { lang } })` is a `Promise<KpiDetail>`.
 */
export function fetchRoute<R extends RouteDefinition>(
  route: R,
  ...[input = {} as RouteInput<R>, options]: RouteArgs<R>
): Promise<RouteResponse<R>> {
  const init: RequestInit = { method: route.method };
  if (input.body !== undefined) init.body = JSON.stringify(input.body);
  return fetchJson<RouteResponse<R>>(routeUrl(route, input), init, options);
}
