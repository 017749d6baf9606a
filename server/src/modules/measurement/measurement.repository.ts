// Every query the figures stand on: a plan's KPIs, annual targets, values and links, each in one query.
import type { ValueState } from '@rbm/shared';
import type { Db } from '../../db/connection.ts';

export function findMeasuredKpis(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.name',
      'kpi.unit',
      'kpi.direction',
      'kpi.aggregation',
      'kpi.frequency',
      'kpi.baselineValue',
      'kpi.baselinePeriod',
      'kpi.tolerance',
      'kpi.weight',
      'kpi.byRegion',
      'kpi.ownerPriorityId',
      'thematicPriority.code as ownerPriorityCode',
      'sector.id as ownerSectorId',
      'sector.code as ownerSectorCode',
    ])
    .where('kpi.planId', '=', planId)
    .where('kpi.active', '=', 1)
    .orderBy('kpi.code')
    .execute();
}

export function findAnnualTargets(db: Db, planId: number) {
  return db
    .selectFrom('kpiAnnualTarget')
    .innerJoin('kpi', 'kpi.id', 'kpiAnnualTarget.kpiId')
    .select(['kpiAnnualTarget.kpiId', 'kpiAnnualTarget.year', 'kpiAnnualTarget.value'])
    .where('kpi.planId', '=', planId)
    .orderBy('kpiAnnualTarget.year')
    .execute();
}

/** Values of a plan in the given states (null value rows, "no data" declarations, included). */
export function findValues(db: Db, planId: number, states: readonly ValueState[]) {
  return db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .select([
      'kpiValue.kpiId',
      'kpiValue.period',
      'kpiValue.regionId',
      'kpiValue.value',
      'kpiValue.state',
      'kpiValue.submittedAt',
    ])
    .where('kpi.planId', '=', planId)
    .where('kpiValue.state', 'in', states)
    .execute();
}

/** KPI -> outcome -> priority -> Sector, for every link of the plan. */
export function findOutcomeLinks(db: Db, planId: number) {
  return db
    .selectFrom('kpiOutcome')
    .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
    .select([
      'kpiOutcome.kpiId',
      'outcome.id as outcomeId',
      'thematicPriority.id as priorityId',
      'thematicPriority.sectorId',
    ])
    .where('thematicPriority.planId', '=', planId)
    .execute();
}

/** KPI -> target -> goal. */
export function findTargetLinks(db: Db, planId: number) {
  return db
    .selectFrom('kpiTarget')
    .innerJoin('target', 'target.id', 'kpiTarget.targetId')
    .select(['kpiTarget.kpiId', 'target.id as targetId', 'target.goalId'])
    .where('target.planId', '=', planId)
    .execute();
}

export function findRegions(db: Db) {
  return db.selectFrom('region').select(['id', 'code', 'name']).orderBy('sortOrder').execute();
}
