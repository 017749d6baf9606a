// Every query of signing in: users, their scope, sessions and API tokens (the throttle has its own
// repository). The ones every request runs (session or token, user, scope) are prepared queries: built and
// compiled once.
import type { Db } from '../../db/connection.ts';
import { prepareQuery } from '../../db/prepared.ts';

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('appUser').selectAll().where('username', '=', username).executeTakeFirst();
}

const userScopeQuery = prepareQuery((db, p: { userId: number }) =>
  db
    .selectFrom('userScope')
    .leftJoin('sector', 'sector.id', 'userScope.sectorId')
    .leftJoin('thematicPriority', 'thematicPriority.id', 'userScope.priorityId')
    .select([
      'userScope.sectorId',
      'userScope.priorityId',
      'sector.code as sectorCode',
      'thematicPriority.code as priorityCode',
    ])
    .where('userScope.userId', '=', p.userId),
);

/** The user's scope rows with codes: whole Sectors and single priorities. */
export function findUserScope(db: Db, userId: number) {
  return userScopeQuery.execute(db, { userId });
}

const priorityIdsInScopeQuery = prepareQuery((db, p: { userId: number }) =>
  db
    .selectFrom('userScope')
    .select('userScope.priorityId as id')
    .where('userScope.userId', '=', p.userId)
    .where('userScope.priorityId', 'is not', null)
    .union(
      db
        .selectFrom('userScope')
        .innerJoin('thematicPriority', 'thematicPriority.sectorId', 'userScope.sectorId')
        .select('thematicPriority.id')
        .where('userScope.userId', '=', p.userId),
    ),
);

/**
 * Ids of every thematic priority (any plan) in the user's scope: named directly or in a whole Sector. One
 * prepared query: a planner's every request asks it (auth.service.ts actorOf).
 */
export async function findPriorityIdsInScope(db: Db, userId: number): Promise<number[]> {
  const rows = await priorityIdsInScopeQuery.execute(db, { userId });
  return rows.map((r) => r.id as number);
}

export async function insertSession(
  db: Db,
  session: { idHash: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('session')
    .values({ ...session, lastSeenAt: session.createdAt })
    .execute();
}

const sessionOwnerQuery = prepareQuery((db, p: { idHash: string }) =>
  db
    .selectFrom('session')
    .innerJoin('appUser', 'appUser.id', 'session.userId')
    .selectAll('appUser')
    .select([
      'session.csrfToken as sessionCsrfToken',
      'session.expiresAt as sessionExpiresAt',
      'session.lastSeenAt as sessionLastSeenAt',
    ])
    .where('session.idHash', '=', p.idHash),
);

/** A session with its user, in one query (every request of a signed-in browser runs it). */
export async function findSessionOwner(db: Db, idHash: string) {
  return (await sessionOwnerQuery.execute(db, { idHash }))[0];
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db.updateTable('session').set({ lastSeenAt: at }).where('idHash', '=', idHash).execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('session').where('idHash', '=', idHash).execute();
}

export async function deleteExpiredSessions(db: Db, now: string, idleBefore: string): Promise<void> {
  await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expiresAt', '<=', now), eb('lastSeenAt', '<', idleBefore)]))
    .execute();
}

const activeApiTokenOwnerQuery = prepareQuery((db, p: { tokenHash: string }) =>
  db
    .selectFrom('apiToken')
    .innerJoin('appUser', 'appUser.id', 'apiToken.userId')
    .selectAll('appUser')
    .select(['apiToken.id as tokenId', 'apiToken.lastUsedAt as tokenLastUsedAt'])
    .where('apiToken.tokenHash', '=', p.tokenHash)
    .where('apiToken.revokedAt', 'is', null),
);

/** An unrevoked token with its owner, in one query (every request with a token runs it). */
export async function findActiveApiTokenOwner(db: Db, tokenHash: string) {
  return (await activeApiTokenOwnerQuery.execute(db, { tokenHash }))[0];
}

export async function touchApiToken(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('apiToken').set({ lastUsedAt: at }).where('id', '=', id).execute();
}

export async function updateUserLanguage(
  db: Db,
  userId: number,
  language: string,
  at: string,
): Promise<void> {
  await db.updateTable('appUser').set({ language, updatedAt: at }).where('id', '=', userId).execute();
}

const kpiOwnerPriorityQuery = prepareQuery((db, p: { kpiId: number }) =>
  db.selectFrom('kpi').select('ownerPriorityId').where('id', '=', p.kpiId),
);

/** The thematic priority owning a KPI (the scope check of a planner's every write to it). */
export async function findKpiOwnerPriority(db: Db, kpiId: number) {
  return (await kpiOwnerPriorityQuery.execute(db, { kpiId }))[0];
}

/** The thematic priority owning the KPI with this code (any case, as the KPI page matches it) in a plan. */
export function findKpiOwnerPriorityByCode(db: Db, planCode: string, kpiCode: string) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select('kpi.ownerPriorityId')
    .where('plan.code', '=', planCode)
    .where((eb) => eb(eb.fn('lower', ['kpi.code']), '=', kpiCode.toLowerCase()))
    .orderBy('kpi.code')
    .executeTakeFirst();
}
