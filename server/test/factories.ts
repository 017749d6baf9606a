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
 * One production-cost scrypt hash per password and test file: test users that share a password share its
 * hash (and salt), which saves a hash (~40 ms of CPU) per user. Sign-ins still verify at the full cost.
 */
const passwordHashes = new Map<string, Promise<string>>();
function testPasswordHash(password: string): Promise<string> {
  let hash = passwordHashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
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
