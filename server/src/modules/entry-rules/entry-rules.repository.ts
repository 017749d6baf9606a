// Every query on the entry rules: a plan's row (completeness and value rule defaults), its KPIs' overrides,
// and the narrative of a priority's quarter that the completeness rules check.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { KpiEntryRuleTable, PlanEntryRuleTable } from '../../db/schema.ts';

export type PlanRuleFields = Omit<Insertable<PlanEntryRuleTable>, 'id' | 'planId' | 'version' | 'updatedAt'>;
export type KpiRuleFields = Omit<Insertable<KpiEntryRuleTable>, 'id' | 'kpiId' | 'updatedAt'>;

export function findPlanRule(db: Db, planId: number) {
  return db.selectFrom('planEntryRule').selectAll().where('planId', '=', planId).executeTakeFirst();
}

export function findKpiRules(db: Db, planId: number) {
  return db
    .selectFrom('kpiEntryRule')
    .innerJoin('kpi', 'kpi.id', 'kpiEntryRule.kpiId')
    .where('kpi.planId', '=', planId)
    .select([
      'kpi.code',
      'kpiEntryRule.kpiId',
      'kpiEntryRule.minValue',
      'kpiEntryRule.maxValue',
      'kpiEntryRule.integerOnly',
      'kpiEntryRule.maxChangeShare',
      'kpiEntryRule.maxTargetMultiple',
      'kpiEntryRule.regionsAddUp',
    ])
    .orderBy('kpi.code')
    .execute();
}

/** The narrative stored for a priority's quarter (none while the quarter has no review record). */
export function findNarrative(db: Db, priorityId: number, period: string) {
  return db
    .selectFrom('quarterlyReview')
    .select(['achievements', 'challenges', 'improvements'])
    .where('priorityId', '=', priorityId)
    .where('period', '=', period)
    .executeTakeFirst();
}

export function findKpiOfPlan(db: Db, planId: number, code: string) {
  return db
    .selectFrom('kpi')
    .select(['id', 'code'])
    .where('planId', '=', planId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertPlanRule(db: Db, planId: number, fields: PlanRuleFields, now: string) {
  await db
    .insertInto('planEntryRule')
    .values({ planId, ...fields, version: 1, updatedAt: now })
    .onConflict((oc) => oc.column('planId').doNothing())
    .execute();
}

/** Compare-and-set on the version; false when another change came first. */
export async function updatePlanRule(
  db: Db,
  planId: number,
  version: number,
  fields: PlanRuleFields,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('planEntryRule')
    .set({ ...fields, version: version + 1, updatedAt: now })
    .where('planId', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function upsertKpiRule(db: Db, kpiId: number, fields: KpiRuleFields, now: string) {
  await db
    .insertInto('kpiEntryRule')
    .values({ kpiId, ...fields, updatedAt: now })
    .onConflict((oc) => oc.column('kpiId').doUpdateSet({ ...fields, updatedAt: now }))
    .execute();
}

export async function deleteKpiRule(db: Db, kpiId: number): Promise<boolean> {
  const result = await db.deleteFrom('kpiEntryRule').where('kpiId', '=', kpiId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
