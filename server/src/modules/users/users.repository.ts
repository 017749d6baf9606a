// Every query behind user administration: accounts, their scope rows, their sessions and API tokens.
// No query here selects a password hash or a token hash: what leaves this file can be shown.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ApiTokenTable, AppUserTable } from '../../db/schema.ts';

const USER_COLUMNS = [
  'id',
  'username',
  'displayName',
  'email',
  'role',
  'active',
  'language',
  'createdAt',
  'updatedAt',
] as const;

export function findUsers(db: Db) {
  return db.selectFrom('appUser').select(USER_COLUMNS).orderBy('username').execute();
}

export function findUser(db: Db, id: number) {
  return db.selectFrom('appUser').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>;

export async function findUserIdByUsername(db: Db, username: string): Promise<number | undefined> {
  const row = await db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirst();
  return row?.id;
}

/** Inserts the user; undefined when the username is taken (also when another write took it just now). */
export async function insertUser(db: Db, row: Insertable<AppUserTable>): Promise<number | undefined> {
  const inserted = await db
    .insertInto('appUser')
    .values(row)
    .onConflict((oc) => oc.column('username').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function updateUser(db: Db, id: number, changes: Updateable<AppUserTable>): Promise<void> {
  await db.updateTable('appUser').set(changes).where('id', '=', id).execute();
}

/** The scope rows of the given users as codes: a row names a whole Sector or one thematic priority. */
export function findScopeCodes(db: Db, userIds: readonly number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('userScope')
    .leftJoin('sector', 'sector.id', 'userScope.sectorId')
    .leftJoin('thematicPriority', 'thematicPriority.id', 'userScope.priorityId')
    .select([
      'userScope.userId',
      'sector.code as sectorCode',
      'sector.sortOrder as sectorOrder',
      'thematicPriority.code as priorityCode',
      'thematicPriority.sortOrder as priorityOrder',
    ])
    .where('userScope.userId', 'in', userIds)
    .orderBy('userScope.id')
    .execute();
}

export interface ScopeRow {
  sectorId: number | null;
  priorityId: number | null;
}

export async function replaceScope(db: Db, userId: number, rows: readonly ScopeRow[]): Promise<void> {
  await db.deleteFrom('userScope').where('userId', '=', userId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('userScope')
    .values(rows.map((row) => ({ userId, sectorId: row.sectorId, priorityId: row.priorityId })))
    .execute();
}

export function findSectorsByCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('sector').select(['id', 'code']).where('code', 'in', codes).execute();
}

/** Priorities of every plan: a code kept across plans names the priority in each of them. */
export function findPrioritiesByCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('thematicPriority')
    .select(['id', 'code'])
    .where('code', 'in', codes)
    .orderBy('id')
    .execute();
}

/** Ends every session of the user; returns how many there were. */
export async function deleteSessions(db: Db, userId: number): Promise<number> {
  const result = await db.deleteFrom('session').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

const TOKEN_COLUMNS = [
  'apiToken.id',
  'apiToken.userId',
  'apiToken.name',
  'apiToken.createdAt',
  'apiToken.lastUsedAt',
  'apiToken.revokedAt',
  'creator.username as createdBy',
] as const;

export function findApiTokens(db: Db, userId: number) {
  return db
    .selectFrom('apiToken')
    .leftJoin('appUser as creator', 'creator.id', 'apiToken.createdBy')
    .select(TOKEN_COLUMNS)
    .where('apiToken.userId', '=', userId)
    .orderBy('apiToken.id')
    .execute();
}

/** One of the user's tokens; undefined when the id names no token or another user's. */
export function findApiToken(db: Db, userId: number, tokenId: number) {
  return db
    .selectFrom('apiToken')
    .leftJoin('appUser as creator', 'creator.id', 'apiToken.createdBy')
    .select(TOKEN_COLUMNS)
    .where('apiToken.userId', '=', userId)
    .where('apiToken.id', '=', tokenId)
    .executeTakeFirst();
}

export type ApiTokenRow = NonNullable<Awaited<ReturnType<typeof findApiToken>>>;

export async function insertApiToken(db: Db, row: Insertable<ApiTokenTable>): Promise<number> {
  const inserted = await db.insertInto('apiToken').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function revokeApiToken(db: Db, tokenId: number, revokedAt: string): Promise<void> {
  await db.updateTable('apiToken').set({ revokedAt }).where('id', '=', tokenId).execute();
}
