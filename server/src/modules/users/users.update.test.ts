import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, User } from '@rbm/shared/schemas';
import { TEST_NOW, buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import type { Actor } from '../../lib/actor.ts';
import { updateUser } from './users.service.ts';
import { addSession, auditRows, sessionCount, userRequests } from './users.test-support.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());
const { createOk, patch } = userRequests(() => ctx);

describe('PATCH /api/users/:id', () => {
  it('changes name, email, language and scope, auditing only what changed', async () => {
    const user = await createOk({
      username: 'hugo',
      role: 'planner',
      scope: { sectors: ['ITU-T'], priorities: [] },
    });
    const res = await patch(user.id, {
      displayName: 'Hugo H.',
      email: 'hugo@example.org',
      language: 'es',
      scope: { sectors: [], priorities: ['KAP-2', 'R-SPA'] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<User>()).toMatchObject({
      displayName: 'Hugo H.',
      email: 'hugo@example.org',
      language: 'es',
      role: 'planner',
      scope: { sectors: [], priorities: ['KAP-2', 'R-SPA'] },
    });
    const audit = (await auditRows(ctx.db, 'user', user.id)).at(-1);
    expect(audit?.action).toBe('update');
    expect(JSON.parse(audit?.beforeJson ?? '{}')).toEqual({
      displayName: 'hugo',
      email: null,
      language: 'en',
      scope: { sectors: ['ITU-T'], priorities: [] },
    });
    const rows = await ctx.db.selectFrom('userScope').selectAll().where('userId', '=', user.id).execute();
    expect(rows.map((r) => r.sectorId)).toEqual([null, null]);

    const cleared = await patch(user.id, { email: null });
    expect(cleared.json<User>().email).toBeNull();
  });

  it('drops the scope when a planner becomes a viewer, and refuses scope for a viewer', async () => {
    const user = await createOk({
      username: 'ivan',
      role: 'planner',
      scope: { sectors: ['GS'], priorities: [] },
    });
    const res = await patch(user.id, { role: 'viewer' });
    expect(res.json<User>()).toMatchObject({ role: 'viewer', scope: { sectors: [], priorities: [] } });
    const audit = (await auditRows(ctx.db, 'user', user.id)).at(-1);
    expect(JSON.parse(audit?.afterJson ?? '{}')).toEqual({
      role: 'viewer',
      scope: { sectors: [], priorities: [] },
    });
    const refused = await patch(user.id, { scope: { sectors: [], priorities: ['KAP-1'] } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().code).toBe('scope_not_allowed');
  });

  it('deactivating ends the sessions of that user only and keeps the API tokens; reactivating works', async () => {
    const user = await createOk({ username: 'jade', role: 'reviewer' });
    const other = await createOk({ username: 'kim' });
    await addSession(ctx.db, user.id);
    await addSession(ctx.db, user.id);
    await addSession(ctx.db, other.id);
    const token = await ctx.app.inject({
      method: 'POST',
      url: `/api/users/${user.id}/tokens`,
      payload: { name: 'script' },
    });
    expect(token.statusCode).toBe(201);

    const res = await patch(user.id, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json<User>().active).toBe(false);
    expect(await sessionCount(ctx.db, user.id)).toBe(0);
    expect(await sessionCount(ctx.db, other.id)).toBe(1);
    const tokens = await ctx.db
      .selectFrom('apiToken')
      .select('revokedAt')
      .where('userId', '=', user.id)
      .execute();
    expect(tokens).toEqual([{ revokedAt: null }]);
    const audit = (await auditRows(ctx.db, 'user', user.id)).at(-1);
    expect(audit).toMatchObject({
      action: 'update',
      beforeJson: '{"active":true}',
      afterJson: '{"active":false}',
    });

    const back = await patch(user.id, { active: true });
    expect(back.json<User>().active).toBe(true);
  });

  it('changes nothing and writes no audit row when every field is as it was', async () => {
    const user = await createOk({ username: 'lena', language: 'ar' });
    const before = await auditRows(ctx.db, 'user', user.id);
    const res = await patch(user.id, {
      language: 'ar',
      displayName: 'lena',
      scope: { sectors: [], priorities: [] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<User>()).toEqual(user);
    expect(await auditRows(ctx.db, 'user', user.id)).toHaveLength(before.length);
  });

  it('answers 404, 422 and 400 for an unknown user, an unknown priority and an empty or unknown change', async () => {
    expect((await patch(999999, { displayName: 'X' })).statusCode).toBe(404);
    const user = await createOk({ username: 'milo', role: 'planner' });
    const unknown = await patch(user.id, { scope: { sectors: [], priorities: ['KAP-1', 'KAP-9'] } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.scope.priorities.1', code: 'unknown_priority' }),
    ]);
    expect((await patch(user.id, {})).statusCode).toBe(400);
    expect((await patch(user.id, { username: 'other' })).statusCode).toBe(400);
    expect((await patch(user.id, { displayName: ' ' })).json<Problem>().code).toBe('blank');
  });

  describe('an admin changing their own account', () => {
    const actorFor = (user: User): Actor => ({
      userId: user.id,
      username: user.username,
      role: 'admin',
      priorityIds: null,
      via: 'session',
    });

    it('answers 409 cannot_change_own_admin to deactivating or demoting oneself, allows other changes', async () => {
      const self = await createOk({ username: 'nora', role: 'admin' });
      const context = { db: ctx.db, actor: actorFor(self), now: TEST_NOW };
      await expect(updateUser(context, { id: self.id, active: false })).rejects.toMatchObject({
        status: 409,
        code: 'cannot_change_own_admin',
      });
      await expect(updateUser(context, { id: self.id, role: 'reviewer' })).rejects.toMatchObject({
        status: 409,
        code: 'cannot_change_own_admin',
      });
      const renamed = await updateUser(context, { id: self.id, displayName: 'Nora N.', role: 'admin' });
      expect(renamed).toMatchObject({ displayName: 'Nora N.', role: 'admin', active: true });
    });

    it('lets another admin demote them', async () => {
      const nora = await createOk({ username: 'otto', role: 'admin' });
      const other = await createOk({ username: 'pia', role: 'admin' });
      const demoted = await updateUser(
        { db: ctx.db, actor: actorFor(other), now: TEST_NOW },
        { id: nora.id, role: 'viewer' },
      );
      expect(demoted.role).toBe('viewer');
    });
  });
});
