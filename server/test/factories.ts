// Test data beyond the fixtures: users with a role, scope and password, and API tokens for them.
import type { Role } from '@rbm/shared';
import type { Db } from '../src/db/connection.ts';
import { hashPassword, newSecret } from '../src/lib/passwords.ts';

export interface TestUser {
  username: string;
  role: Role;
  password?: string;
  sectors?: string[];
  priorities?: string[];
  active?: boolean;
  email?: string;
  language?: string;
}

/**
 * One hash per password and test file, at a low cost: test users that share a password share its hash
 * (and salt), and a sign-in verifies at the cost its hash names, so it takes ~5 ms instead of the ~70 ms
 * of production's cost (the route sweep alone signs in over 200 times per database). The code path is
 * the same; production's cost is checked in passwords.test.ts, and the browser tests sign in as the demo
 * users, whose hashes are made at it.
 */
const TEST_PASSWORD_COST = 1024;
const passwordHashes = new Map<string, Promise<string>>();
function testPasswordHash(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password, TEST_PASSWORD_COST);
    passwordHashes.set(password, hash);
  }
  return hash;
}

export async function createUser(db: Db, user: TestUser): Promise<number> {
  const stamp = new Date('2026-01-01T00:00:00Z').toISOString();
  const { id } = await db
    .insertInto('appUser')
    .values({
      username: user.username,
      displayName: user.username,
      email: user.email ?? null,
      ...(user.language ? { language: user.language } : {}),
      role: user.role,
      passwordHash: user.password ? await testPasswordHash(user.password) : null,
      active: user.active === false ? 0 : 1,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const code of user.sectors ?? []) {
    const sector = await db
      .selectFrom('sector')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    await db.insertInto('userScope').values({ userId: id, sectorId: sector.id, priorityId: null }).execute();
  }
  for (const code of user.priorities ?? []) {
    const priority = await db
      .selectFrom('thematicPriority')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('userScope')
      .values({ userId: id, sectorId: null, priorityId: priority.id })
      .execute();
  }
  return id;
}

export async function createApiToken(db: Db, userId: number, name = 'test'): Promise<string> {
  const { secret, hash } = newSecret('rbm_');
  await db
    .insertInto('apiToken')
    .values({ userId, name, tokenHash: hash, createdBy: null, createdAt: new Date().toISOString() })
    .execute();
  return secret;
}
