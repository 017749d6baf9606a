// A stand-in for the server in tests: fetch is replaced (vi.stubGlobal) by a router of handlers keyed
// "METHOD /path". Every call is recorded with its headers and parsed body. Handlers can be swapped
// mid-test (a session that expires).
import { vi } from 'vitest';

export interface ApiCall {
  method: string;
  path: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Handler = (call: ApiCall) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function problem(
  status: number,
  code: string,
  extra: {
    errors?: { field: string; code: string; message: string }[];
    headers?: Record<string, string>;
  } = {},
): Response {
  return json(
    status,
    {
      type: `about:blank#${code}`,
      title: 'Problem',
      status,
      detail: `${code} (from the test server)`,
      code,
      ...(extra.errors ? { errors: extra.errors } : {}),
    },
    { 'content-type': 'application/problem+json', ...extra.headers },
  );
}

export function fakeApi(initial: Record<string, Handler> = {}) {
  const routes: Record<string, Handler> = { ...initial };
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const call: ApiCall = {
      method,
      path: url.pathname,
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const handler = routes[`${method} ${url.pathname}`];
    return handler ? handler(call) : problem(404, 'route_not_found');
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    routes,
    calls,
    /** The calls made to one route, e.g. `callsTo('PUT /api/auth/language')`. */
    callsTo: (route: string) => calls.filter((c) => `${c.method} ${c.path}` === route),
  };
}
