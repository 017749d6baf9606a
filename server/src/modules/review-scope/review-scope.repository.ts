// The one query of a priority's quarter: every plan's thematic priority with the code, its Sector, and the
// quarter's review (if recorded), so the scope check and the resolution read the database once.
import type { Db } from '../../db/connection.ts';

/** Every plan having a thematic priority with this code (the newest first), with the quarter's review. */
export function findPriorityInPlans(db: Db, priorityCode: string, period: string) {
  return db
    .selectFrom('thematicPriority')
    .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .leftJoin('quarterlyReview', (join) =>
      join
        .onRef('quarterlyReview.priorityId', '=', 'thematicPriority.id')
        .on('quarterlyReview.period', '=', period),
    )
    .selectAll('plan')
    .select([
      'thematicPriority.id as priorityId',
      'thematicPriority.code as priorityCode',
      'thematicPriority.name as priorityName',
      'sector.id as sectorId',
      'sector.code as sectorCode',
      'sector.name as sectorName',
      'quarterlyReview.status as reviewStatus',
      'quarterlyReview.version as reviewVersion',
      'quarterlyReview.comment as reviewComment',
    ])
    .where('thematicPriority.code', '=', priorityCode)
    .orderBy('plan.startYear', 'desc')
    .orderBy('plan.id')
    .execute();
}

export type PriorityInPlanRow = Awaited<ReturnType<typeof findPriorityInPlans>>[number];

/** The plan's priorities with their Sector: a unit is in a user's scope through its priorities. */
export function findPrioritySectors(db: Db, planId: number) {
  return db.selectFrom('thematicPriority').select(['id', 'sectorId']).where('planId', '=', planId).execute();
}
