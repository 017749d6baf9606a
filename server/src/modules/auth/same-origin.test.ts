// Changes made with a session cookie must come from the server's own origin, even with the CSRF token
// (plugins/auth.ts, requireSameOrigin); API tokens are not affected.
import type { Problem, Session } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

const PASSWORD = 'origin-test-passphrase';
let ctx: TestContext;
let proxied: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ demo: false });
  proxied = await buildTestApp({ demo: false, auth: { trustProxy: true } });
  for (const app of [ctx, proxied])
    await createUser(app.db, { username: 'ana', role: 'viewer', password: PASSWORD });
});
afterAll(async () => {
  await ctx.close();
  await proxied.close();
});

/** Signs in (without an Origin, as a script would) and gives the session's cookie and CSRF token. */
async function session(context: TestContext, headers: Record<string, string> = {}) {
  const res = await context.anonymous.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'ana', password: PASSWORD },
    headers,
  });
  expect(res.statusCode).toBe(200);
  const cookie = `rbm_session=${res.cookies.find((c) => c.name === 'rbm_session')?.value}`;
  return { cookie, 'x-csrf-token': res.json<Session>().csrfToken };
}

const setLanguage = (context: TestContext, language: string, headers: Record<string, string>) =>
  context.anonymous.inject({ method: 'PUT', url: '/api/auth/language', payload: { language }, headers });

async function languageOf(context: TestContext, username: string): Promise<string> {
  const row = await context.db
    .selectFrom('appUser')
    .select('language')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.language;
}

describe('changes with a session cookie', () => {
  it('are refused (403 problem+json) from a foreign origin, even with a valid CSRF token', async () => {
    const headers = await session(ctx);
    // Whatever language another test left: the refused requests below must not change it.
    const before = await languageOf(ctx, 'ana');
    expect(before).not.toBe('fr');
    const foreignHeaders: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'http://localhost:8080' }, // another port is another origin
      { origin: 'https://localhost' }, // another scheme too
      { origin: 'null' }, // a sandboxed frame or a file
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'http://localhost', 'sec-fetch-site': 'cross-site' },
    ];
    for (const foreign of foreignHeaders) {
      const res = await setLanguage(ctx, 'fr', { ...headers, ...foreign });
      expect(res.statusCode, JSON.stringify(foreign)).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<Problem>().code).toBe('origin_not_allowed');
    }
    expect(await languageOf(ctx, 'ana')).toBe(before);
    // signing someone in from another site is refused too
    const login = await ctx.anonymous.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ana', password: PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    expect(login.statusCode).toBe(403);
    expect(login.json<Problem>().code).toBe('origin_not_allowed');
  });

  it('are accepted from the same origin, or without Origin and Sec-Fetch-Site; the CSRF token still applies', async () => {
    const headers = await session(ctx);
    const host = { host: 'rbm.example.org' };
    const sameOrigin = { ...host, origin: 'http://rbm.example.org', 'sec-fetch-site': 'same-origin' };
    expect((await setLanguage(ctx, 'fr', { ...headers, ...sameOrigin })).statusCode).toBe(200);
    expect((await setLanguage(ctx, 'es', { ...headers, 'sec-fetch-site': 'same-origin' })).statusCode).toBe(
      200,
    );
    expect((await setLanguage(ctx, 'ar', headers)).statusCode).toBe(200);
    expect(await languageOf(ctx, 'ana')).toBe('ar');
    const withoutToken = await setLanguage(ctx, 'ru', { cookie: headers.cookie, ...sameOrigin });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json<Problem>().code).toBe('csrf_token_invalid');
    // reading is never refused for its origin
    const read = await ctx.anonymous.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: headers.cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(read.statusCode).toBe(200);
  });

  it('behind a trusted reverse proxy, compare with the scheme and host the proxy forwards', async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'rbm.example.org' };
    const headers = await session(proxied, forwarded);
    const ok = await setLanguage(proxied, 'zh', {
      ...headers,
      ...forwarded,
      origin: 'https://rbm.example.org',
    });
    expect(ok.statusCode).toBe(200);
    const plain = await setLanguage(proxied, 'fr', {
      ...headers,
      ...forwarded,
      origin: 'http://rbm.example.org',
    });
    expect(plain.statusCode).toBe(403);
    // without trustProxy the forwarded headers mean nothing: the request's own host is what counts
    const direct = await session(ctx);
    const spoofed = await setLanguage(ctx, 'fr', {
      ...direct,
      ...forwarded,
      origin: 'https://rbm.example.org',
    });
    expect(spoofed.statusCode).toBe(403);
  });
});

describe('changes with an API token', () => {
  it('are not checked for their origin', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'from-a-script', displayName: 'Script', role: 'viewer', password: PASSWORD },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(res.statusCode).toBe(201);
  });
});
