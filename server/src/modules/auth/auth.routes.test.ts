import type { Problem, Session } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../../test/factories.ts';

let now = TEST_NOW;
let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ clock: () => now });
  await createUser(ctx.db, {
    username: 'pat',
    role: 'planner',
    password: 'planner-pass-1',
    sectors: ['ITU-D'],
  });
  await createUser(ctx.db, { username: 'gone', role: 'viewer', password: 'viewer-pass-1', active: false });
});
afterAll(async () => ctx.close());

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  ctx.anonymous.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('POST /api/auth/login', () => {
  it('signs in: an HttpOnly, SameSite=Lax session cookie, the user with scope and permissions, a CSRF token', async () => {
    now = TEST_NOW;
    const res = await login('pat', 'planner-pass-1');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'rbm_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy(); // plain http here; https requests get a Secure cookie
    // a relative lifetime (12 h), never an absolute date: a browser whose clock disagrees with the
    // server's would otherwise drop the cookie as already expired
    expect(cookie?.maxAge).toBe(12 * 3600);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Expires=/i);
    const session = res.json<Session>();
    expect(session.user).toMatchObject({
      username: 'pat',
      role: 'planner',
      scope: { sectors: ['ITU-D'], priorities: [] },
    });
    expect(session.user.permissions).toContain('values:write');
    expect(session.user.permissions).not.toContain('reviews:decide');
    expect(session.csrfToken.length).toBeGreaterThan(20);
    expect(res.body).not.toMatch(/scrypt|password/i);
  });

  it('refuses a wrong password or an unknown user alike (401), and a deactivated account (403)', async () => {
    const wrong = await login('pat', 'nope-nope-nope');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<Problem>().code).toBe('invalid_credentials');
    expect((await login('nobody', 'whatever-123')).json<Problem>().code).toBe('invalid_credentials');
    const inactive = await login('gone', 'viewer-pass-1');
    expect(inactive.statusCode).toBe(403);
    expect(inactive.json<Problem>().code).toBe('account_inactive');
  });

  it('gives a new session id at every sign-in and ends the one the browser had', async () => {
    const first = await login('pat', 'planner-pass-1');
    const oldId = first.cookies.find((c) => c.name === 'rbm_session')?.value as string;
    const second = await login('pat', 'planner-pass-1', { cookie: `rbm_session=${oldId}` });
    const newId = second.cookies.find((c) => c.name === 'rbm_session')?.value as string;
    expect(newId).not.toBe(oldId);
    const withOld = await ctx.anonymous.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `rbm_session=${oldId}` },
    });
    expect(withOld.statusCode).toBe(401);
    expect(withOld.json<Problem>().code).toBe('session_expired');
    const withNew = await ctx.anonymous.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `rbm_session=${newId}` },
    });
    expect(withNew.statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('end after the idle time and after the absolute lifetime', async () => {
    now = TEST_NOW;
    const res = await login('pat', 'planner-pass-1');
    const cookie = `rbm_session=${res.cookies.find((c) => c.name === 'rbm_session')?.value}`;
    const session = (at: Date) => {
      now = at;
      return ctx.anonymous.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    };
    const minutes = (m: number) => new Date(TEST_NOW.getTime() + m * 60_000);
    // used every 50 minutes, it lives on (idle limit 60 minutes) ...
    for (const m of [50, 100, 150, 200]) expect((await session(minutes(m))).statusCode).toBe(200);
    // ... but not past 12 hours
    for (let m = 250; m < 12 * 60; m += 50) await session(minutes(m));
    expect((await session(minutes(12 * 60 + 1))).statusCode).toBe(401);
    const idle = await login('pat', 'planner-pass-1');
    const idleCookie = `rbm_session=${idle.cookies.find((c) => c.name === 'rbm_session')?.value}`;
    now = new Date(now.getTime() + 61 * 60_000);
    const afterIdle = await ctx.anonymous.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: idleCookie },
    });
    expect(afterIdle.statusCode).toBe(401);
    now = TEST_NOW;
  });

  it('are refused while their account is inactive, even one deactivated outside the app', async () => {
    const res = await login('pat', 'planner-pass-1');
    const cookie = `rbm_session=${res.cookies.find((c) => c.name === 'rbm_session')?.value}`;
    const session = () =>
      ctx.anonymous.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    expect((await session()).statusCode).toBe(200);
    const setActive = (active: number) =>
      ctx.db.updateTable('appUser').set({ active }).where('username', '=', 'pat').execute();
    await setActive(0);
    try {
      expect((await session()).statusCode).toBe(401);
    } finally {
      await setActive(1);
    }
    expect((await session()).statusCode).toBe(200);
  });

  it('ask browsers for the CSRF token on every change; sign-out ends the session', async () => {
    now = TEST_NOW;
    const res = await login('pat', 'planner-pass-1');
    const cookie = `rbm_session=${res.cookies.find((c) => c.name === 'rbm_session')?.value}`;
    const { csrfToken } = res.json<Session>();
    const change = (headers: Record<string, string>) =>
      ctx.anonymous.inject({
        method: 'PUT',
        url: '/api/auth/language',
        payload: { language: 'fr' },
        headers: { cookie, ...headers },
      });
    const missing = await change({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json<Problem>().code).toBe('csrf_token_invalid');
    expect((await change({ 'x-csrf-token': 'forged' })).statusCode).toBe(403);
    const ok = await change({ 'x-csrf-token': csrfToken });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ language: string }>().language).toBe('fr');
    const out = await ctx.anonymous.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await ctx.anonymous.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('answer 401 not_signed_in without credentials, and leave health and the documentation public', async () => {
    const res = await ctx.anonymous.inject({ method: 'GET', url: '/api/plans' });
    expect(res.statusCode).toBe(401);
    expect(res.json<Problem>().code).toBe('not_signed_in');
    expect((await ctx.anonymous.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    expect((await ctx.anonymous.inject({ method: 'GET', url: '/docs/json' })).statusCode).toBe(200);
  });
});

describe('personal API tokens', () => {
  it('act as their owner without CSRF, and stop working once revoked', async () => {
    const userId = await createUser(ctx.db, { username: 'script', role: 'planner', sectors: ['ITU-D'] });
    const token = await createApiToken(ctx.db, userId, 'feed from the statistics system');
    const headers = { authorization: `Bearer ${token}` };
    const kpi = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D2-K3')
      .executeTakeFirstOrThrow();
    const current = await ctx.db
      .selectFrom('kpiValue')
      .select('version')
      .where('kpiId', '=', kpi.id)
      .where('period', '=', '2026-Q3')
      .where('regionId', 'is', null)
      .executeTakeFirstOrThrow();
    const put = await ctx.anonymous.inject({
      method: 'PUT',
      url: `/api/kpis/${kpi.id}/values/2026-Q3`,
      payload: { value: 7, version: current.version },
      headers,
    });
    expect(put.statusCode).toBe(200);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('actor')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.actor).toBe('script');
    await ctx.db
      .updateTable('apiToken')
      .set({ revokedAt: TEST_NOW.toISOString() })
      .where('userId', '=', userId)
      .execute();
    const revoked = await ctx.anonymous.inject({ method: 'GET', url: '/api/plans', headers });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json<Problem>().code).toBe('invalid_token');
  });
});
