// Every query of the quarterly reviews: plans and priorities to resolve a review, review rows, the values
// of a priority's KPIs, and the compare-and-set updates a state change makes.
import type { Updateable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { KpiValueUpdate, QuarterlyReviewTable } from '../../db/schema.ts';

/** The active plan (the newest when several are). */
/** Every plan that has a thematic priority with this code. */
export function findPlansWithPriority(db: Db, priorityCode: string) {
  return db
    .selectFrom('plan')
    .innerJoin('thematicPriority', 'thematicPriority.planId', 'plan.id')
    .selectAll('plan')
    .where('thematicPriority.code', '=', priorityCode)
    .orderBy('plan.startYear', 'desc')
    .execute();
}

/** A plan's priorities with their Sector, in plan order. */
export function findPriorities(db: Db, planId: number, code?: string) {
  return db
    .selectFrom('thematicPriority')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .select([
      'thematicPriority.id',
      'thematicPriority.code',
      'thematicPriority.name',
      'thematicPriority.retiredAt',
      'sector.id as sectorId',
      'sector.code as sectorCode',
      'sector.name as sectorName',
    ])
    .where('thematicPriority.planId', '=', planId)
    .$if(code !== undefined, (qb) => qb.where('thematicPriority.code', '=', code as string))
    .orderBy('sector.sortOrder')
    .orderBy('thematicPriority.sortOrder')
    .orderBy('thematicPriority.id')
    .execute();
}

export type PriorityRow = Awaited<ReturnType<typeof findPriorities>>[number];

export function findReviews(db: Db, priorityIds: readonly number[], period?: string) {
  if (priorityIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('quarterlyReview')
    .selectAll()
    .where('priorityId', 'in', priorityIds)
    .$if(period !== undefined, (qb) => qb.where('period', '=', period as string))
    .execute();
}

export function findReview(db: Db, priorityId: number, period: string) {
  return db
    .selectFrom('quarterlyReview')
    .selectAll()
    .where('priorityId', '=', priorityId)
    .where('period', '=', period)
    .executeTakeFirst();
}

export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReview>>>;

/** Creates the review's record unless it exists (a concurrent creation is not an error). */
export async function insertReviewIfMissing(
  db: Db,
  priorityId: number,
  period: string,
  updatedAt: string,
): Promise<void> {
  await db
    .insertInto('quarterlyReview')
    .values({ priorityId, period, status: 'open', version: 1, updatedAt })
    .onConflict((oc) => oc.columns(['priorityId', 'period']).doNothing())
    .execute();
}

/** Updates the review if it still has `version`, raising it; false when someone changed it meanwhile. */
export async function updateReview(
  db: Db,
  id: number,
  version: number,
  changes: Omit<Updateable<QuarterlyReviewTable>, 'id' | 'version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('quarterlyReview')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Values of the KPIs in the periods (every period when none is given); whole-KPI rows only if asked. */
export function findValues(
  db: Db,
  kpiIds: readonly number[],
  options: { period?: string; totalsOnly?: boolean } = {},
) {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpiValue')
    .select([
      'id',
      'kpiId',
      'period',
      'regionId',
      'value',
      'noDataReason',
      'note',
      'evidenceUrl',
      'state',
      'version',
      'returnComment',
      'submittedAt',
      'approvedAt',
    ])
    .where('kpiId', 'in', kpiIds)
    .$if(options.period !== undefined, (qb) => qb.where('period', '=', options.period as string))
    .$if(options.totalsOnly === true, (qb) => qb.where('regionId', 'is', null))
    .orderBy('kpiId')
    .orderBy('id')
    .execute();
}

export type ReviewValueRow = Awaited<ReturnType<typeof findValues>>[number];

/** Updates a value if it still has `version`, raising it; false when someone changed it meanwhile. */
export async function updateValue(
  db: Db,
  id: number,
  version: number,
  changes: Pick<KpiValueUpdate, 'state' | 'submittedAt' | 'approvedAt' | 'returnComment'>,
): Promise<boolean> {
  const result = await db
    .updateTable('kpiValue')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findUsernames(db: Db, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('appUser').select(['id', 'username']).where('id', 'in', ids).execute();
}
