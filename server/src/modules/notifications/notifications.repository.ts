// Every query of notifications: the notices (inbox and e-mail outbox in one row, unique per event), the
// users' choices, and who is to be told about a priority's quarter.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { NotificationTable } from '../../db/schema.ts';

export type NewNotice = Insertable<NotificationTable>;

/** Records notices; one whose event key (user, kind, subject, occasion) exists already is skipped.
 * Returns how many were new. */
export async function insertNotices(db: Db, notices: readonly NewNotice[]): Promise<number> {
  let added = 0;
  for (const notice of notices) {
    const result = await db
      .insertInto('notification')
      .values(notice)
      .onConflict((oc) => oc.columns(['userId', 'kind', 'subject', 'occasion']).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

const inbox = (db: Db, userId: number, unreadOnly: boolean) =>
  db
    .selectFrom('notification')
    .where('userId', '=', userId)
    .where('inInbox', '=', 1)
    .$if(unreadOnly, (q) => q.where('readAt', 'is', null));

export function findInbox(db: Db, userId: number, unreadOnly: boolean, offset: number, limit: number) {
  return inbox(db, userId, unreadOnly)
    .selectAll()
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .offset(offset)
    .limit(limit)
    .execute();
}

export type NoticeRow = Awaited<ReturnType<typeof findInbox>>[number];

export async function countInbox(db: Db, userId: number, unreadOnly: boolean): Promise<number> {
  const row = await inbox(db, userId, unreadOnly)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One notice of the user's inbox (another user's is not found). */
export function findNotice(db: Db, userId: number, id: number) {
  return inbox(db, userId, false).selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markRead(db: Db, userId: number, ids: readonly number[] | 'all', at: string) {
  const result = await db
    .updateTable('notification')
    .set({ readAt: at })
    .where('userId', '=', userId)
    .where('inInbox', '=', 1)
    .where('readAt', 'is', null)
    .$if(ids !== 'all', (q) => q.where('id', 'in', ids === 'all' ? [] : ids))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findPreferences(db: Db, userIds: readonly number[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('notificationPreference').selectAll().where('userId', 'in', userIds).execute();
}

export type PreferenceRow = Awaited<ReturnType<typeof findPreferences>>[number];

export async function savePreference(db: Db, row: PreferenceRow): Promise<void> {
  await db
    .insertInto('notificationPreference')
    .values(row)
    .onConflict((oc) => oc.columns(['userId', 'kind']).doUpdateSet({ inbox: row.inbox, email: row.email }))
    .execute();
}

const recipientColumns = ['appUser.id', 'appUser.email', 'appUser.language', 'appUser.role'] as const;

/** Active users of a role whose scope holds the priority (named, or its whole Sector). */
export function findUsersInScopeOf(db: Db, priorityId: number, role: string) {
  return db
    .selectFrom('appUser')
    .innerJoin('userScope', 'userScope.userId', 'appUser.id')
    .innerJoin('thematicPriority', (join) =>
      join.on((eb) =>
        eb.and([
          eb('thematicPriority.id', '=', priorityId),
          eb.or([
            eb('userScope.priorityId', '=', eb.ref('thematicPriority.id')),
            eb('userScope.sectorId', '=', eb.ref('thematicPriority.sectorId')),
          ]),
        ]),
      ),
    )
    .select(recipientColumns)
    .distinct()
    .where('appUser.active', '=', 1)
    .where('appUser.role', '=', role)
    .orderBy('appUser.id')
    .execute();
}

export type RecipientRow = Awaited<ReturnType<typeof findUsersInScopeOf>>[number];

/** Active users who chose the weekly digest, in the inbox or by e-mail. */
export function findDigestReaders(db: Db) {
  return db
    .selectFrom('appUser')
    .innerJoin('notificationPreference as p', 'p.userId', 'appUser.id')
    .select(recipientColumns)
    .where('appUser.active', '=', 1)
    .where('p.kind', '=', 'weekly_digest')
    .where((eb) => eb.or([eb('p.inbox', '=', 1), eb('p.email', '=', 1)]))
    .orderBy('appUser.id')
    .execute();
}

/** Whole user rows (to work out a digest reader's scope). */
export function findUserRows(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('appUser').selectAll().where('id', 'in', ids).execute();
}

export function findUser(db: Db, id: number) {
  return db
    .selectFrom('appUser')
    .select(['id', 'email', 'language', 'displayName'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findPriorityNames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('thematicPriority').select(['id', 'code', 'name']).where('id', 'in', ids).execute();
}

export function findPlanPriorities(db: Db, planId: number) {
  return db.selectFrom('thematicPriority').select(['id', 'code']).where('planId', '=', planId).execute();
}

export function findActivePlans(db: Db) {
  return db.selectFrom('plan').selectAll().where('status', '=', 'active').orderBy('code').execute();
}

/** E-mails waiting to go, oldest first. */
export function findPendingMail(db: Db, limit: number) {
  return db
    .selectFrom('notification')
    .selectAll()
    .where('mailState', '=', 'pending')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Takes a pending e-mail for this process: true for exactly one of any processes that try. */
export async function claimMail(db: Db, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('notification')
    .set((eb) => ({ mailState: 'sending', mailAt: at, mailAttempts: eb('mailAttempts', '+', 1) }))
    .where('id', '=', id)
    .where('mailState', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setMailState(db: Db, id: number, state: string, at: string): Promise<void> {
  await db.updateTable('notification').set({ mailState: state, mailAt: at }).where('id', '=', id).execute();
}

/** Pending e-mails that will not be sent (no mail server, or too old to be news): marked as such. */
export async function dropPendingMail(db: Db, state: string, createdBefore: string | null, at: string) {
  const result = await db
    .updateTable('notification')
    .set({ mailState: state, mailAt: at })
    .where('mailState', '=', 'pending')
    .$if(createdBefore !== null, (q) => q.where('createdAt', '<', createdBefore ?? ''))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
