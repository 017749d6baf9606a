// Every query of the entry grid and the due list: a priority's outcomes and their KPI links, the values of
// a quarter with their notes and evidence, and the values reviewers returned.
import type { Db } from '../../db/connection.ts';

/** A priority's outcomes in plan order. */
export function findOutcomes(db: Db, priorityId: number) {
  return db
    .selectFrom('outcome')
    .select(['id', 'code', 'name'])
    .where('priorityId', '=', priorityId)
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
}

/** Which of the priority's outcomes each KPI measures. */
export function findOutcomeLinks(db: Db, priorityId: number, kpiIds: readonly number[]) {
  if (kpiIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpiOutcome')
    .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
    .select(['kpiOutcome.kpiId', 'kpiOutcome.outcomeId'])
    .where('outcome.priorityId', '=', priorityId)
    .where('kpiOutcome.kpiId', 'in', kpiIds)
    .orderBy('outcome.sortOrder')
    .orderBy('outcome.id')
    .execute();
}

/** Whole-KPI values still carrying a reviewer's comment (returned and not yet changed), in the periods. */
export function findReturnedValues(db: Db, kpiIds: readonly number[], periods: readonly string[]) {
  if (kpiIds.length === 0 || periods.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('kpiValue')
    .select(['kpiId', 'period'])
    .where('kpiId', 'in', kpiIds)
    .where('period', 'in', periods)
    .where('regionId', 'is', null)
    .where('state', '=', 'draft')
    .where('returnComment', 'is not', null)
    .execute();
}
