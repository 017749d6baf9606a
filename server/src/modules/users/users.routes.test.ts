import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, User } from '@rbm/shared/schemas';
import { TEST_NOW, buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import {
  PASSWORD,
  addSession,
  auditRows,
  expectNoSecrets,
  passwordHashOf,
  sessionCount,
  userRequests,
} from './users.test-support.ts';

type UserList = { items: User[] };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());
const { create, createOk } = userRequests(() => ctx);

describe('GET /api/users', () => {
  it('lists every user with a scope as codes, and never a password hash', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(200);
    expectNoSecrets(res.body);
    const users = res.json<UserList>().items;
    const byName = new Map(users.map((u) => [u.username, u]));
    expect(byName.get('planner')).toMatchObject({
      displayName: 'Pat Planner, BDT',
      role: 'planner',
      active: true,
      language: 'en',
      email: null,
      scope: { sectors: ['ITU-D'], priorities: [] },
    });
    expect(byName.get('admin')?.scope).toEqual({ sectors: [], priorities: [] });
    expect(Object.keys(byName.get('admin') ?? {}).sort()).toEqual([
      'active',
      'createdAt',
      'displayName',
      'email',
      'id',
      'language',
      'role',
      'scope',
      'updatedAt',
      'username',
    ]);
  });

  it('answers 401 to a request without credentials', async () => {
    const res = await ctx.anonymous.inject({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('POST /api/users', () => {
  it('creates a planner with Sector and priority scope, a hashed password and one audit row', async () => {
    const res = await create({
      username: 'ana.planner',
      displayName: '  Ana Planner ',
      email: 'ana@example.org',
      role: 'planner',
      language: 'fr',
      scope: { sectors: ['ITU-R'], priorities: ['KAP-3', 'KAP-1', 'KAP-3'] },
    });
    expect(res.statusCode).toBe(201);
    const user = res.json<User>();
    expect(res.headers.location).toBe(`/api/users/${user.id}`);
    expect(user).toMatchObject({
      username: 'ana.planner',
      displayName: 'Ana Planner',
      email: 'ana@example.org',
      role: 'planner',
      active: true,
      language: 'fr',
      scope: { sectors: ['ITU-R'], priorities: ['KAP-1', 'KAP-3'] },
      createdAt: TEST_NOW.toISOString(),
    });
    const hash = await passwordHashOf(ctx.db, user.id);
    expect(hash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);

    const audit = await auditRows(ctx.db, 'user', user.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor: 'test-admin', beforeJson: null });
    expect(JSON.parse(audit[0]?.afterJson ?? '{}')).toMatchObject({
      username: 'ana.planner',
      role: 'planner',
    });
    expectNoSecrets(JSON.stringify(audit));
  });

  it('allows a reviewer without scope, and stores no scope rows for an admin', async () => {
    const reviewer = await createOk({ username: 'rita', role: 'reviewer' });
    expect(reviewer.scope).toEqual({ sectors: [], priorities: [] });
    const admin = await createOk({ username: 'alex', role: 'admin', scope: { sectors: [], priorities: [] } });
    const rows = await ctx.db.selectFrom('userScope').selectAll().where('userId', '=', admin.id).execute();
    expect(rows).toEqual([]);
  });

  it('answers 409 username_taken for a username in use', async () => {
    const res = await create({ username: 'planner' });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>()).toMatchObject({ code: 'username_taken' });
  });

  it('answers 422 naming each unknown Sector and priority by field', async () => {
    const res = await create({
      username: 'nobody',
      role: 'reviewer',
      scope: { sectors: ['ITU-D', 'ITU-X'], priorities: ['NOPE-1'] },
    });
    expect(res.statusCode).toBe(422);
    const problem = res.json<Problem>();
    expect(problem.code).toBe('unknown_sector');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['body.scope.sectors.1', 'unknown_sector'],
      ['body.scope.priorities.0', 'unknown_priority'],
    ]);
    const found = await ctx.db.selectFrom('appUser').select('id').where('username', '=', 'nobody').execute();
    expect(found).toEqual([]);
  });

  it('answers 422 scope_not_allowed when a viewer or admin is given scope, and blank for a blank name', async () => {
    const viewer = await create({
      username: 'vic',
      role: 'viewer',
      scope: { sectors: ['ITU-D'], priorities: [] },
    });
    expect(viewer.statusCode).toBe(422);
    expect(viewer.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.scope',
      code: 'scope_not_allowed',
    });
    const blank = await create({ username: 'blank', displayName: '   ' });
    expect(blank.statusCode).toBe(422);
    expect(blank.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.displayName', code: 'blank' });
  });

  it('answers 422 for a short password, 400 for a bad username, an unknown role or a password hash sent in', async () => {
    const short = await create({ username: 'shorty', password: 'too-short' });
    expect(short.statusCode).toBe(422);
    expect(short.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.password',
      code: 'password_too_short',
    });
    const upper = await create({ username: 'Bad Name' });
    expect(upper.json<Problem>().errors?.[0]?.field).toBe('body.username');
    const role = await create({ username: 'roleless', role: 'owner' as never });
    expect(role.json<Problem>().errors?.[0]?.field).toBe('body.role');
    const smuggled = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { username: 'smug', displayName: 'S', role: 'admin', password: PASSWORD, passwordHash: 'x' },
    });
    expect(smuggled.statusCode).toBe(400);
    expect(smuggled.json<Problem>().code).toBe('validation_failed');
  });
});

describe('GET /api/users/:id', () => {
  it('gives one user', async () => {
    const created = await createOk({ username: 'gina' });
    const res = await ctx.app.inject({ method: 'GET', url: `/api/users/${created.id}` });
    expect(res.statusCode).toBe(200);
    expectNoSecrets(res.body);
    expect(res.json<User>()).toEqual(created);
  });

  it('answers 404 for an unknown user and 400 for an id that is not one', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/users/999999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<Problem>().code).toBe('not_found');
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/users/abc' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.field).toBe('params.id');
  });
});
describe('POST /api/users/:id/password', () => {
  it("sets a new hash and ends the user's sessions", async () => {
    const user = await createOk({ username: 'quinn' });
    const old = await passwordHashOf(ctx.db, user.id);
    await addSession(ctx.db, user.id);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/password`,
      payload: { password: 'a brand new passphrase' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const hash = await passwordHashOf(ctx.db, user.id);
    expect(hash).not.toBe(old);
    expect(await verifyPassword('a brand new passphrase', hash)).toBe(true);
    expect(await verifyPassword(PASSWORD, hash)).toBe(false);
    expect(await sessionCount(ctx.db, user.id)).toBe(0);
    const audit = (await auditRows(ctx.db, 'user', user.id)).at(-1);
    expect(audit).toMatchObject({ action: 'reset_password', beforeJson: null });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toEqual({ password: 'changed', sessionsEnded: 1 });
    expectNoSecrets(JSON.stringify(audit));
  });

  it('answers 404 for an unknown user and 422 for a short password', async () => {
    const missing = await ctx.app.inject({
      method: 'POST',
      url: '/api/users/999999/password',
      payload: { password: 'long enough password' },
    });
    expect(missing.statusCode).toBe(404);
    const short = await ctx.app.inject({
      method: 'POST',
      url: '/api/users/1/password',
      payload: { password: 'short' },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.password',
      code: 'password_too_short',
    });
  });
});
