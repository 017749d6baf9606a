// Every query on review action items, and the audit entries that tell a review's decisions.
import type { Updateable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ReviewActionItemTable } from '../../db/schema.ts';

/**
 * The items a quarter's review shows: opened in the quarter or earlier, and not closed before it.
 * Periods are `YYYY-Qn`, so text order is time order.
 */
export function findActionItems(db: Db, priorityId: number, period: string) {
  return db
    .selectFrom('reviewActionItem')
    .selectAll()
    .where('priorityId', '=', priorityId)
    .where('openedPeriod', '<=', period)
    .where((eb) => eb.or([eb('closedPeriod', 'is', null), eb('closedPeriod', '>=', period)]))
    .orderBy('openedPeriod')
    .orderBy('id')
    .execute();
}

export type ActionItemRow = Awaited<ReturnType<typeof findActionItems>>[number];

export function findActionItem(db: Db, id: number) {
  return db.selectFrom('reviewActionItem').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertActionItem(
  db: Db,
  item: {
    priorityId: number;
    openedPeriod: string;
    description: string;
    owner: string;
    dueDate: string | null;
    updatedAt: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('reviewActionItem')
    .values({ ...item, status: 'open', closedPeriod: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates the item if it was last changed at `updatedAt`; false when someone changed it meanwhile. */
export async function updateActionItem(
  db: Db,
  id: number,
  updatedAt: string,
  changes: Omit<Updateable<ReviewActionItemTable>, 'id' | 'priorityId' | 'openedPeriod'>,
): Promise<boolean> {
  const result = await db
    .updateTable('reviewActionItem')
    .set(changes)
    .where('id', '=', id)
    .where('updatedAt', '=', updatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The decisions recorded on a review, oldest first. */
export function findReviewDecisions(db: Db, reviewId: number) {
  return db
    .selectFrom('auditLog')
    .select(['action', 'at', 'actor', 'reason', 'afterJson'])
    .where('entity', '=', 'quarterly_review')
    .where('entityId', '=', String(reviewId))
    .where('action', 'in', ['submit', 'approve', 'return', 'decide', 'reopen'])
    .orderBy('id')
    .execute();
}
