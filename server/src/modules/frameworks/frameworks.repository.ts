// Every query of the framework document: the whole chain of one plan, its links and every translation.
import type { Db } from '../../db/connection.ts';

export function findPlanByCode(db: Db, code: string) {
  return db.selectFrom('plan').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Any plan: the shared units, regions and themes read the same through each. */
export function findAnyPlan(db: Db) {
  return db.selectFrom('plan').select('code').orderBy('id').executeTakeFirst();
}

export function findOrgUnits(db: Db) {
  return db.selectFrom('orgUnit').selectAll().orderBy('sortOrder').orderBy('id').execute();
}

export function findSectors(db: Db) {
  return db.selectFrom('sector').selectAll().orderBy('sortOrder').orderBy('id').execute();
}

export function findRegions(db: Db) {
  return db.selectFrom('region').selectAll().orderBy('sortOrder').orderBy('id').execute();
}

/** In the order they were loaded, the one the themes screens show (the source's own order). */
export function findThemes(db: Db) {
  return db.selectFrom('intersectoralTheme').selectAll().orderBy('id').execute();
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
    .innerJoin('goal', 'goal.id', 'target.goalId')
    .selectAll('target')
    .select('goal.code as goalCode')
    .where('target.planId', '=', planId)
    .orderBy('target.sortOrder')
    .orderBy('target.id')
    .execute();
}

export function findPriorities(db: Db, planId: number) {
  return db
    .selectFrom('thematicPriority')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .selectAll('thematicPriority')
    .select('sector.code as sectorCode')
    .where('thematicPriority.planId', '=', planId)
    .orderBy('thematicPriority.sortOrder')
    .orderBy('thematicPriority.id')
    .execute();
}

export function findOutcomes(db: Db, planId: number) {
  return db
    .selectFrom('outcome')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
    .selectAll('outcome')
    .select('thematicPriority.code as priorityCode')
    .where('thematicPriority.planId', '=', planId)
    .orderBy('thematicPriority.sortOrder')
    .orderBy('thematicPriority.id')
    .orderBy('outcome.sortOrder')
    .orderBy('outcome.id')
    .execute();
}

export function findOutputs(db: Db, planId: number) {
  return db
    .selectFrom('output')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'output.priorityId')
    .selectAll('output')
    .select('thematicPriority.code as priorityCode')
    .where('output.planId', '=', planId)
    .orderBy('output.sortOrder')
    .orderBy('output.id')
    .execute();
}

export function findEnablers(db: Db, planId: number) {
  return db
    .selectFrom('enabler')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('sortOrder')
    .orderBy('id')
    .execute();
}

export function findKpis(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .selectAll('kpi')
    .select('thematicPriority.code as priorityCode')
    .where('kpi.planId', '=', planId)
    .orderBy('kpi.id')
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

/** The KPI's links, each as (KPI id, linked item's code), in the order they were made. */
export async function findKpiLinks(db: Db, planId: number) {
  const [outcomes, outputs, targets, themes] = await Promise.all([
    db
      .selectFrom('kpiOutcome')
      .innerJoin('kpi', 'kpi.id', 'kpiOutcome.kpiId')
      .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
      .select(['kpiOutcome.kpiId', 'outcome.code'])
      .where('kpi.planId', '=', planId)
      // the framework's order, as the Outcomes sheet lists them
      .orderBy('thematicPriority.sortOrder')
      .orderBy('thematicPriority.id')
      .orderBy('outcome.sortOrder')
      .orderBy('outcome.id')
      .execute(),
    db
      .selectFrom('kpiOutput')
      .innerJoin('kpi', 'kpi.id', 'kpiOutput.kpiId')
      .innerJoin('output', 'output.id', 'kpiOutput.outputId')
      .select(['kpiOutput.kpiId', 'output.code'])
      .where('kpi.planId', '=', planId)
      .orderBy('output.sortOrder')
      .orderBy('output.id')
      .execute(),
    db
      .selectFrom('kpiTarget')
      .innerJoin('kpi', 'kpi.id', 'kpiTarget.kpiId')
      .innerJoin('target', 'target.id', 'kpiTarget.targetId')
      .select(['kpiTarget.kpiId', 'target.code'])
      .where('kpi.planId', '=', planId)
      .orderBy('target.sortOrder')
      .orderBy('target.id')
      .execute(),
    db
      .selectFrom('kpiTheme')
      .innerJoin('kpi', 'kpi.id', 'kpiTheme.kpiId')
      .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'kpiTheme.themeId')
      .select(['kpiTheme.kpiId', 'intersectoralTheme.code'])
      .where('kpi.planId', '=', planId)
      .orderBy('intersectoralTheme.code')
      .execute(),
  ]);
  return { outcomes, outputs, targets, themes };
}

/** Every translation of the framework's entities, all languages (the caller keeps the plan's rows). */
export function findFrameworkTranslations(db: Db) {
  return db
    .selectFrom('translation')
    .select(['entity', 'entityId', 'field', 'language', 'text', 'status'])
    .where('entity', 'in', [
      'plan',
      'goal',
      'target',
      'sector',
      'region',
      'thematic_priority',
      'outcome',
      'output',
      'enabler',
      'kpi',
      'intersectoral_theme',
      'org_unit',
    ])
    .execute();
}
