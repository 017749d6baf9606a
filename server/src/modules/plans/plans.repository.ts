// Every query about plans and their framework tree.
import type { Db } from '../../db/connection.ts';
import { prepareQuery } from '../../db/prepared.ts';

export function findPlans(db: Db) {
  return db.selectFrom('plan').selectAll().orderBy('startYear', 'desc').execute();
}

// Asked on every request that names a plan (the lifecycle guard): built once.
const planByCodeQuery = prepareQuery((db, p: { code: string }) =>
  db.selectFrom('plan').selectAll().where('code', '=', p.code),
);

export async function findPlanByCode(db: Db, code: string) {
  const [row] = await planByCodeQuery.execute(db, { code });
  return row;
}

export function findGoals(db: Db, planId: number) {
  return db
    .selectFrom('goal')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
}

export function findTargets(db: Db, planId: number) {
  return db
    .selectFrom('target')
    .leftJoin('statisticIndicator', 'statisticIndicator.code', 'target.indicator')
    .selectAll('target')
    .select(['statisticIndicator.id as indicatorId', 'statisticIndicator.name as indicatorName'])
    .select((eb) =>
      eb
        .selectFrom('kpiTarget')
        .whereRef('kpiTarget.targetId', '=', 'target.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('kpiCount'),
    )
    .where('target.planId', '=', planId)
    .orderBy('target.sortOrder')
    .orderBy('target.id')
    .execute();
}

export function findSectors(db: Db) {
  return db.selectFrom('sector').selectAll().orderBy('sortOrder').orderBy('id').execute();
}

export function findPriorities(db: Db, planId: number) {
  return db
    .selectFrom('thematicPriority')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
}

export function findOutcomes(db: Db, planId: number) {
  return db
    .selectFrom('outcome')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
    .selectAll('outcome')
    .where('thematicPriority.planId', '=', planId)
    .orderBy('outcome.sortOrder')
    .orderBy('outcome.id')
    .execute();
}

export function findKpis(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .selectAll('kpi')
    .select('thematicPriority.code as ownerPriorityCode')
    .where('kpi.planId', '=', planId)
    .where('kpi.active', '=', 1)
    .orderBy('kpi.code')
    .execute();
}

export function findKpiOutcomeLinks(db: Db, planId: number) {
  return db
    .selectFrom('kpiOutcome')
    .innerJoin('kpi', 'kpi.id', 'kpiOutcome.kpiId')
    .select(['kpiOutcome.kpiId', 'kpiOutcome.outcomeId'])
    .where('kpi.planId', '=', planId)
    .execute();
}

export function findThemesWithKpis(db: Db, planId: number) {
  return db
    .selectFrom('intersectoralTheme')
    .leftJoin('kpiTheme', 'kpiTheme.themeId', 'intersectoralTheme.id')
    .leftJoin('kpi', (join) => join.onRef('kpi.id', '=', 'kpiTheme.kpiId').on('kpi.planId', '=', planId))
    .leftJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .leftJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .select([
      'intersectoralTheme.id',
      'intersectoralTheme.code',
      'intersectoralTheme.name',
      'intersectoralTheme.sourceStatus',
      'intersectoralTheme.sourceUrl',
      'intersectoralTheme.retiredAt',
      'kpi.code as kpiCode',
      'sector.code as sectorCode',
    ])
    .orderBy('intersectoralTheme.code')
    .execute();
}

/** The plan's priorities, outcomes and KPIs with these codes; a kind asked for with no codes is not queried. */
export async function findPlanItemsByCode(
  db: Db,
  planId: number,
  codes: { priorities: readonly string[]; outcomes: readonly string[]; kpis: readonly string[] },
) {
  const none = Promise.resolve([] as { id: number; code: string }[]);
  const [priorities, outcomes, kpis] = await Promise.all([
    codes.priorities.length === 0
      ? none
      : db
          .selectFrom('thematicPriority')
          .select(['id', 'code'])
          .where('planId', '=', planId)
          .where('code', 'in', codes.priorities)
          .execute(),
    codes.outcomes.length === 0
      ? none
      : db
          .selectFrom('outcome')
          .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
          .select(['outcome.id', 'outcome.code'])
          .where('thematicPriority.planId', '=', planId)
          .where('outcome.code', 'in', codes.outcomes)
          .execute(),
    codes.kpis.length === 0
      ? none
      : db
          .selectFrom('kpi')
          .select(['id', 'code'])
          .where('planId', '=', planId)
          .where('code', 'in', codes.kpis)
          .execute(),
  ]);
  return { priorities, outcomes, kpis };
}

const planOfKpiQuery = prepareQuery((db, p: { kpiId: number }) =>
  db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select(['plan.code', 'plan.status'])
    .where('kpi.id', '=', p.kpiId),
);

/** The plan of a KPI, by the KPI's id (the lifecycle guard of `/api/kpis/:id` routes, every value write). */
export async function findPlanOfKpi(db: Db, kpiId: number) {
  const [row] = await planOfKpiQuery.execute(db, { kpiId });
  return row;
}

export type RegisterTable = 'risk' | 'recommendation' | 'commitment' | 'mou';

/** The plan of a register's item, by the item's id. */
export function findPlanOfRegisterItem(db: Db, table: RegisterTable, id: number) {
  // The four registers share the columns asked for (id, plan_id): one query, typed as the risk register's.
  const register = table as 'risk';
  return db
    .selectFrom(register)
    .innerJoin('plan', 'plan.id', `${register}.planId`)
    .select(['plan.code', 'plan.status'])
    .where(`${register}.id`, '=', id)
    .executeTakeFirst();
}
