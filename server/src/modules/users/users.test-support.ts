// Helpers shared by the user administration tests: secrets that must never leave the server, audit rows,
// sessions written straight into the table (so the tests do not depend on signing in).
import { expect } from 'vitest';
import type { CreateUserBody, User } from '@rbm/shared/schemas';
import type { TestContext } from '../../../test/build-test-app.ts';
import type { Db } from '../../db/connection.ts';
import { newSecret } from '../../lib/passwords.ts';

/** Fails when a response body shows a password hash, a token hash or their field names. */
export function expectNoSecrets(body: string): void {
  expect(body).not.toMatch(/scrypt\$/);
  expect(body).not.toMatch(/password_?hash/i);
  expect(body).not.toMatch(/token_?hash/i);
}

export function auditRows(db: Db, entity: 'user' | 'api_token', entityId: number) {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .where('entity', '=', entity)
    .where('entityId', '=', String(entityId))
    .orderBy('id')
    .execute();
}

export async function addSession(db: Db, userId: number): Promise<void> {
  const stamp = new Date('2026-11-23T08:00:00Z').toISOString();
  await db
    .insertInto('session')
    .values({
      idHash: newSecret().hash,
      userId,
      csrfToken: newSecret().secret,
      createdAt: stamp,
      lastSeenAt: stamp,
      expiresAt: new Date('2026-11-24T08:00:00Z').toISOString(),
    })
    .execute();
}

export async function sessionCount(db: Db, userId: number): Promise<number> {
  const rows = await db.selectFrom('session').select('idHash').where('userId', '=', userId).execute();
  return rows.length;
}

export async function passwordHashOf(db: Db, userId: number): Promise<string | null> {
  const row = await db
    .selectFrom('appUser')
    .select('passwordHash')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.passwordHash;
}

export const PASSWORD = 'correct horse battery';

/** Requests of the users API as the test administrator, each checked for leaked secrets (ctx is built later). */
export function userRequests(context: () => TestContext) {
  const create = async (body: Partial<CreateUserBody> & { username: string }) => {
    const res = await context().app.inject({
      method: 'POST',
      url: '/api/users',
      payload: { displayName: body.username, role: 'viewer', password: PASSWORD, ...body },
    });
    expectNoSecrets(res.body);
    return res;
  };
  const createOk = async (body: Partial<CreateUserBody> & { username: string }): Promise<User> => {
    const res = await create(body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<User>();
  };
  const patch = async (id: number, payload: unknown) => {
    const res = await context().app.inject({
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: payload as object,
    });
    expectNoSecrets(res.body);
    return res;
  };
  return { create, createOk, patch };
}
