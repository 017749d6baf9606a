// Every query about one KPI's definition, links, targets, revisions and stored values.
import type { Db } from '../../db/connection.ts';

export function findKpi(db: Db, id: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .selectAll('kpi')
    .select([
      'plan.code as planCode',
      'thematicPriority.code as ownerPriorityCode',
      'sector.code as sectorCode',
    ])
    .where('kpi.id', '=', id)
    .executeTakeFirst();
}

/** The KPI with this code in the plan, whatever the case of the code's letters. */
export function findKpiByCode(db: Db, planId: number, code: string) {
  return db
    .selectFrom('kpi')
    .select('id')
    .where('planId', '=', planId)
    .where((eb) => eb(eb.fn('lower', ['code']), '=', code.toLowerCase()))
    .orderBy('code')
    .executeTakeFirst();
}

export function findKpiOutcomes(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiOutcome')
    .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
    .select(['outcome.id', 'outcome.code', 'outcome.name', 'thematicPriority.code as priorityCode'])
    .where('kpiOutcome.kpiId', '=', kpiId)
    .orderBy('outcome.code')
    .execute();
}

export function findKpiTargets(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiTarget')
    .innerJoin('target', 'target.id', 'kpiTarget.targetId')
    .innerJoin('goal', 'goal.id', 'target.goalId')
    .select(['target.id', 'target.code', 'target.name', 'goal.code as goalCode'])
    .where('kpiTarget.kpiId', '=', kpiId)
    .orderBy('target.code')
    .execute();
}

export function findKpiThemes(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiTheme')
    .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'kpiTheme.themeId')
    .select(['intersectoralTheme.id', 'intersectoralTheme.code', 'intersectoralTheme.name'])
    .where('kpiTheme.kpiId', '=', kpiId)
    .orderBy('intersectoralTheme.code')
    .execute();
}

export function findTargetRevisions(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiTargetRevision')
    .leftJoin('appUser', 'appUser.id', 'kpiTargetRevision.revisedBy')
    .select([
      'kpiTargetRevision.year',
      'kpiTargetRevision.oldValue',
      'kpiTargetRevision.newValue',
      'kpiTargetRevision.reason',
      'kpiTargetRevision.revisedAt',
      'appUser.username as revisedBy',
    ])
    .where('kpiTargetRevision.kpiId', '=', kpiId)
    .orderBy('kpiTargetRevision.revisedAt')
    .orderBy('kpiTargetRevision.id')
    .execute();
}

/** The KPI's stored values in every state, with their region's code. */
export function findKpiValueStates(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiValue')
    .leftJoin('region', 'region.id', 'kpiValue.regionId')
    .select(['kpiValue.period', 'kpiValue.state', 'kpiValue.regionId', 'region.code as regionCode'])
    .where('kpiValue.kpiId', '=', kpiId)
    .execute();
}

export function findPlanPriorities(db: Db, planId: number) {
  return db
    .selectFrom('thematicPriority')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .select([
      'thematicPriority.id',
      'thematicPriority.code',
      'sector.id as sectorId',
      'sector.code as sectorCode',
    ])
    .where('thematicPriority.planId', '=', planId)
    .execute();
}

/** Where each KPI of the plan comes from (its provenance). */
export function findKpiSources(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .select(['id', 'sourceStatus', 'sourceUrl'])
    .where('planId', '=', planId)
    .execute();
}

export function findSectorCodes(db: Db) {
  return db.selectFrom('sector').select(['id', 'code']).execute();
}

/** KPIs with their plan, as links in a chain of continued KPIs. */
function chainLinks(db: Db) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.name',
      'kpi.continuesKpiId',
      'kpi.active',
      'plan.code as planCode',
      'plan.status as planStatus',
      'plan.startYear',
      'plan.endYear',
    ]);
}

/** A KPI with its plan, as a link in a chain of continued KPIs. */
export function findKpiInChain(db: Db, id: number) {
  return chainLinks(db).where('kpi.id', '=', id).executeTakeFirst();
}

/** The KPIs continuing this one in later plans (usually one), earliest plan first. */
export function findKpiContinuations(db: Db, id: number) {
  return chainLinks(db)
    .where('kpi.continuesKpiId', '=', id)
    .orderBy('plan.startYear')
    .orderBy('kpi.id')
    .execute();
}
