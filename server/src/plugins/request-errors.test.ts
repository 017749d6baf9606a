// Every refused request leaves as application/problem+json with the security headers: those Fastify and
// Node's HTTP parser answer themselves (413, 414, 415, 431, malformed framing) and bodies too deep to walk
// or sent to routes that take none. 414, 431 and framing errors are answered before Fastify's routing,
// which app.inject() does not reach, so they are sent to a listening server over a raw socket.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createApiToken } from '../../test/factories.ts';
import { nulPath } from './nul-guard.ts';

let ctx: TestContext;
let port: number;
let kpiId: number;
let tokenId: number;
let adminId: number;

beforeAll(async () => {
  ctx = await buildTestApp({ demo: false });
  await ctx.anonymous.listen({ host: '127.0.0.1', port: 0 });
  port = (ctx.anonymous.server.address() as AddressInfo).port;
  kpiId = (await ctx.db.selectFrom('kpi').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  const admin = await ctx.db
    .selectFrom('appUser')
    .select('id')
    .where('username', '=', 'test-admin')
    .executeTakeFirstOrThrow();
  adminId = admin.id;
  await createApiToken(ctx.db, adminId, 'to revoke');
  tokenId = (await ctx.db.selectFrom('apiToken').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow())
    .id;
});
afterAll(async () => ctx.close());

const deepJson = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
  status: number,
  code?: string,
): Problem {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(res.body) as Problem;
  expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
  expect(problem.detail.length).toBeGreaterThan(0);
  if (code !== undefined) expect(problem.code).toBe(code);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  return problem;
}

interface RawAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes as they are and reads the answer until the server closes the connection. */
function rawRequest(text: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const answer = Buffer.concat(chunks).toString('utf8');
      const split = answer.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = answer.slice(0, split).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const length = Number(headers['content-length'] ?? NaN);
      const rest = answer.slice(split + 4);
      resolve({
        statusCode: Number(statusLine.split(' ')[1]),
        headers,
        body: Number.isNaN(length) ? rest : Buffer.from(rest).subarray(0, length).toString('utf8'),
      });
    });
    socket.write(text);
  });
}

describe('bodies the server will not walk', () => {
  const noBodyRoutes: Array<[string, 'POST' | 'DELETE', () => string]> = [
    ['POST /api/auth/logout', 'POST', () => '/api/auth/logout'],
    ['DELETE /api/kpis/:id/values/:period', 'DELETE', () => `/api/kpis/${kpiId}/values/2026-Q1?version=1`],
    ['DELETE /api/users/:id/tokens/:tokenId', 'DELETE', () => `/api/users/${adminId}/tokens/${tokenId}`],
  ];
  it.each(noBodyRoutes)(
    'a JSON body 10,000 deep on %s (a route without a body) is refused',
    async (_route, method, url) => {
      const res = await ctx.app.inject({
        method,
        url: url(),
        headers: { 'content-type': 'application/json' },
        payload: deepJson(10_000),
      });
      expectProblem(res, 400, 'body_not_allowed');
    },
  );

  it('a JSON body 10,000 deep on a route that takes a body is refused as too deep', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/kpis/${kpiId}/values/2026-Q1`,
      headers: { 'content-type': 'application/json' },
      payload: `{"value":${deepJson(10_000)}}`,
    });
    expectProblem(res, 400, 'body_too_deep');
  });

  it('a JSON body 65 deep is refused, one 64 deep reaches validation', async () => {
    const url = `/api/kpis/${kpiId}/values/2026-Q1`;
    const send = (payload: string) =>
      ctx.app.inject({ method: 'PUT', url, headers: { 'content-type': 'application/json' }, payload });
    expectProblem(await send(`{"value":${deepJson(64)}}`), 400, 'body_too_deep');
    expectProblem(await send(`{"value":${deepJson(63)}}`), 400, 'validation_failed');
    // brackets inside strings are text, not nesting
    expectProblem(await send(`{"note":"${'['.repeat(200)}\\"${'{'.repeat(200)}"}`), 400, 'validation_failed');
  });

  it('a small body on a route that takes none is refused, naming the route', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', payload: {} });
    const problem = expectProblem(res, 400, 'body_not_allowed');
    expect(problem.detail).toContain('takes no body');
  });

  it('a route that takes no body still answers without one', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(res.statusCode).toBe(204);
  });

  it('the NUL guard walks any depth without recursion', () => {
    let value: unknown = 'end\u0000';
    for (let i = 0; i < 100_000; i += 1) value = { a: value };
    expect(nulPath(value, 'body')).toBe(`body${'.a'.repeat(100_000)}`);
  });
});

describe("Fastify's own refusals", () => {
  it('an unknown route is a problem', async () => {
    expectProblem(await ctx.app.inject({ method: 'GET', url: '/api/nowhere' }), 404, 'route_not_found');
  });

  it('a body over the limit is 413 body_too_large', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/kpis/${kpiId}/values/2026-Q1`,
      headers: { 'content-type': 'application/json' },
      payload: `{"note":"${'x'.repeat(11 * 1024 * 1024)}"}`,
    });
    expectProblem(res, 413, 'body_too_large');
  });

  it('a body of an unknown type is 415 unsupported_media_type', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/kpis/${kpiId}/values/2026-Q1`,
      headers: { 'content-type': 'text/xml' },
      payload: '<value>1</value>',
    });
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('broken JSON is 400 invalid_json', async () => {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/kpis/${kpiId}/values/2026-Q1`,
      headers: { 'content-type': 'application/json' },
      payload: '{"value": 1',
    });
    expectProblem(res, 400, 'invalid_json');
  });
});

describe('refusals before routing (a listening server)', () => {
  it('a path parameter over the length limit is 414 uri_too_long', async () => {
    const res = await rawRequest(
      `GET /api/kpis/${'9'.repeat(500)}/history HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    );
    expectProblem(res, 414, 'uri_too_long');
  });

  it('a query over 16 KB is 431 headers_too_large', async () => {
    const res = await rawRequest(
      `GET /api/kpis?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    );
    expectProblem(res, 431, 'headers_too_large');
  });

  it.each([
    ['a bad Content-Length', 'POST /api/auth/logout HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
    ['an invalid method', 'G@T / HTTP/1.1\r\nHost: x\r\n\r\n'],
    ['a broken header line', 'GET / HTTP/1.1\r\nHost x\r\n\r\n'],
    ['a request line that is not HTTP', 'hello\r\n\r\n'],
  ])('%s is 400 malformed_request', async (_what, text) => {
    expectProblem(await rawRequest(text), 400, 'malformed_request');
  });

  it('a well-formed request on the same server is answered as usual', async () => {
    const res = await rawRequest('GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect(res.statusCode).toBe(200);
  });
});
