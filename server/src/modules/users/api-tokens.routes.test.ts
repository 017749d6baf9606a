import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiToken, CreatedApiToken, Problem, User } from '@rbm/shared/schemas';
import { TEST_NOW, buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { hashSecret } from '../../lib/passwords.ts';
import { auditRows, expectNoSecrets } from './users.test-support.ts';

type ApiTokenList = { items: ApiToken[] };

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

async function createUser(username: string): Promise<User> {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/users',
    payload: { username, displayName: username, role: 'planner', password: 'long enough password' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<User>();
}

async function issue(userId: number, name: string) {
  return ctx.app.inject({ method: 'POST', url: `/api/users/${userId}/tokens`, payload: { name } });
}

async function list(userId: number) {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/users/${userId}/tokens` });
  expectNoSecrets(res.body);
  return res;
}

describe('POST /api/users/:id/tokens', () => {
  it('issues a token, shows its secret once and stores only its hash', async () => {
    const user = await createUser('tess');
    const res = await issue(user.id, '  nightly import ');
    expect(res.statusCode).toBe(201);
    expectNoSecrets(res.body);
    const token = res.json<CreatedApiToken>();
    expect(token).toMatchObject({
      name: 'nightly import',
      createdAt: TEST_NOW.toISOString(),
      createdBy: 'test-admin',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(token.token).toMatch(/^rbm_[A-Za-z0-9_-]{43}$/);
    const row = await ctx.db
      .selectFrom('apiToken')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(row.tokenHash).toBe(hashSecret(token.token));
    expect(row.userId).toBe(user.id);
    expect(JSON.stringify(row)).not.toContain(token.token);

    const audit = await auditRows(ctx.db, 'api_token', token.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor: 'test-admin' });
    expect(JSON.parse(audit[0]?.afterJson ?? '{}')).toEqual({
      userId: user.id,
      username: 'tess',
      name: 'nightly import',
    });
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
    expect(JSON.stringify(audit)).not.toContain(token.token);
  });

  it('answers 404 for an unknown user, 409 for a deactivated one, 422 for a blank name, 400 without one', async () => {
    expect((await issue(999999, 'x')).statusCode).toBe(404);
    const user = await createUser('ursula');
    await ctx.app.inject({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { active: false } });
    const inactive = await issue(user.id, 'x');
    expect(inactive.statusCode).toBe(409);
    expect(inactive.json<Problem>().code).toBe('user_inactive');
    const active = await createUser('uma');
    const blank = await issue(active.id, '   ');
    expect(blank.statusCode).toBe(422);
    expect(blank.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.name', code: 'blank' });
    const missing = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${active.id}/tokens`,
      payload: {},
    });
    expect(missing.statusCode).toBe(400);
  });
});

describe('GET /api/users/:id/tokens', () => {
  it("lists the user's tokens, oldest first, without secrets or hashes", async () => {
    const user = await createUser('vera');
    expect((await list(user.id)).json<ApiTokenList>().items).toEqual([]);
    const first = (await issue(user.id, 'first')).json<CreatedApiToken>();
    await issue(user.id, 'second');
    const other = await createUser('walt');
    await issue(other.id, 'not hers');
    const res = await list(user.id);
    expect(res.statusCode).toBe(200);
    const items = res.json<ApiTokenList>().items;
    expect(items.map((t) => t.name)).toEqual(['first', 'second']);
    expect(Object.keys(items[0] ?? {}).sort()).toEqual([
      'createdAt',
      'createdBy',
      'id',
      'lastUsedAt',
      'name',
      'revokedAt',
    ]);
    expect(res.body).not.toContain(first.token);
  });

  it('answers 404 for an unknown user and 400 for a bad id', async () => {
    expect((await list(999999)).statusCode).toBe(404);
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/users/0/tokens' });
    expect(bad.statusCode).toBe(400);
  });
});

describe('DELETE /api/users/:id/tokens/:tokenId', () => {
  it('revokes the token once: a second revocation changes nothing', async () => {
    const user = await createUser('xena');
    const token = (await issue(user.id, 'ci')).json<CreatedApiToken>();
    const res = await ctx.app.inject({ method: 'DELETE', url: `/api/users/${user.id}/tokens/${token.id}` });
    expect(res.statusCode).toBe(204);
    const [listed] = (await list(user.id)).json<ApiTokenList>().items;
    expect(listed?.revokedAt).toBe(TEST_NOW.toISOString());
    const audit = await auditRows(ctx.db, 'api_token', token.id);
    expect(audit.at(-1)).toMatchObject({ action: 'revoke' });
    expect(JSON.parse(audit.at(-1)?.afterJson ?? '{}')).toEqual({
      userId: user.id,
      name: 'ci',
      revokedAt: TEST_NOW.toISOString(),
    });

    const again = await ctx.app.inject({ method: 'DELETE', url: `/api/users/${user.id}/tokens/${token.id}` });
    expect(again.statusCode).toBe(204);
    expect(await auditRows(ctx.db, 'api_token', token.id)).toHaveLength(audit.length);
  });

  it("answers 404 for another user's token, an unknown token or user, and 400 for a bad id", async () => {
    const owner = await createUser('yves');
    const stranger = await createUser('zoe');
    const token = (await issue(owner.id, 'mine')).json<CreatedApiToken>();
    const wrong = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/users/${stranger.id}/tokens/${token.id}`,
    });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.json<Problem>().code).toBe('not_found');
    const [still] = (await list(owner.id)).json<ApiTokenList>().items;
    expect(still?.revokedAt).toBeNull();
    const unknown = await ctx.app.inject({ method: 'DELETE', url: `/api/users/${owner.id}/tokens/999999` });
    expect(unknown.statusCode).toBe(404);
    const noUser = await ctx.app.inject({ method: 'DELETE', url: `/api/users/999999/tokens/${token.id}` });
    expect(noUser.statusCode).toBe(404);
    const bad = await ctx.app.inject({ method: 'DELETE', url: `/api/users/${owner.id}/tokens/abc` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.field).toBe('params.tokenId');
  });
});
