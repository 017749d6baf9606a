// Every query of the spreadsheet template, export and import of a priority's quarter.
import type { Db } from '../../db/connection.ts';

/** Every KPI of the plan with its owning priority (rows naming another priority's KPI are told apart). */
export function findPlanKpis(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.name',
      'kpi.unit',
      'kpi.frequency',
      'kpi.byRegion',
      'kpi.active',
      'kpi.baselineValue',
      'kpi.ownerPriorityId',
      'thematicPriority.code as ownerPriorityCode',
    ])
    .where('kpi.planId', '=', planId)
    .orderBy('kpi.code')
    .execute();
}

export function findRegions(db: Db) {
  return db.selectFrom('region').select(['id', 'code']).orderBy('sortOrder').orderBy('code').execute();
}

export async function findReviewStatus(db: Db, priorityId: number, period: string): Promise<string | null> {
  const row = await db
    .selectFrom('quarterlyReview')
    .select('status')
    .where('priorityId', '=', priorityId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row?.status ?? null;
}

export function findAnnualTargets(db: Db, kpiIds: readonly number[], year: number) {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpiAnnualTarget')
    .select(['kpiId', 'value'])
    .where('kpiId', 'in', kpiIds)
    .where('year', '=', year)
    .execute();
}
