// Every query behind the KPI framework writes: the references a new KPI names, the KPI row and its links,
// annual targets and their revision history.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { KpiTable } from '../../db/schema.ts';

export function findOutcomesByCode(db: Db, planId: number, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('outcome')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
    .select(['outcome.id', 'outcome.code', 'outcome.priorityId'])
    .where('thematicPriority.planId', '=', planId)
    .where('outcome.code', 'in', codes)
    .orderBy('outcome.id')
    .execute();
}

/** The plan's current outputs of these codes (a retired output takes no new KPI). */
export function findOutputsByCode(db: Db, planId: number, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('output')
    .select(['id', 'code'])
    .where('planId', '=', planId)
    .where('retiredAt', 'is', null)
    .where('code', 'in', codes)
    .execute();
}

export function findTargetsByCode(db: Db, planId: number, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('target')
    .select(['id', 'code'])
    .where('planId', '=', planId)
    .where('code', 'in', codes)
    .execute();
}

export function findThemesByCode(db: Db, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('intersectoralTheme').select(['id', 'code']).where('code', 'in', codes).execute();
}

/** Inserts the KPI; undefined when its code is already used in the plan. */
export async function insertKpi(db: Db, row: Insertable<KpiTable>): Promise<number | undefined> {
  const inserted = await db
    .insertInto('kpi')
    .values(row)
    .onConflict((oc) => oc.columns(['planId', 'code']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted?.id;
}

export async function insertKpiLinks(
  db: Db,
  kpiId: number,
  links: { outcomeIds: number[]; outputIds: number[]; targetIds: number[]; themeIds: number[] },
): Promise<void> {
  if (links.outputIds.length > 0) {
    await db
      .insertInto('kpiOutput')
      .values(links.outputIds.map((outputId) => ({ kpiId, outputId })))
      .execute();
  }
  if (links.outcomeIds.length > 0) {
    await db
      .insertInto('kpiOutcome')
      .values(links.outcomeIds.map((outcomeId) => ({ kpiId, outcomeId })))
      .execute();
  }
  if (links.targetIds.length > 0) {
    await db
      .insertInto('kpiTarget')
      .values(links.targetIds.map((targetId) => ({ kpiId, targetId })))
      .execute();
  }
  if (links.themeIds.length > 0) {
    await db
      .insertInto('kpiTheme')
      .values(links.themeIds.map((themeId) => ({ kpiId, themeId })))
      .execute();
  }
}

/** Ids are 32-bit integer columns; PostgreSQL refuses to compare them with anything larger. */
const MAX_ID = 2_147_483_647;

export async function findKpi(db: Db, id: number) {
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) return undefined;
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .selectAll('kpi')
    .select([
      'plan.code as planCode',
      'plan.startYear as planStartYear',
      'plan.endYear as planEndYear',
      'plan.status as planStatus',
      'thematicPriority.code as ownerPriorityCode',
    ])
    .where('kpi.id', '=', id)
    .executeTakeFirst();
}
export type KpiWithPlan = NonNullable<Awaited<ReturnType<typeof findKpi>>>;

export async function updateKpi(db: Db, id: number, changes: Updateable<KpiTable>): Promise<void> {
  await db.updateTable('kpi').set(changes).where('id', '=', id).execute();
}

/** The codes a KPI is linked to, in framework order. */
export async function findKpiLinkCodes(db: Db, kpiId: number) {
  const [outcomes, outputs, targets, themes] = await Promise.all([
    db
      .selectFrom('kpiOutcome')
      .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
      .select('outcome.code')
      .where('kpiOutcome.kpiId', '=', kpiId)
      .orderBy('thematicPriority.sortOrder')
      .orderBy('outcome.sortOrder')
      .orderBy('outcome.id')
      .execute(),
    db
      .selectFrom('kpiOutput')
      .innerJoin('output', 'output.id', 'kpiOutput.outputId')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'output.priorityId')
      .select('output.code')
      .where('kpiOutput.kpiId', '=', kpiId)
      .orderBy('thematicPriority.sortOrder')
      .orderBy('output.sortOrder')
      .orderBy('output.id')
      .execute(),
    db
      .selectFrom('kpiTarget')
      .innerJoin('target', 'target.id', 'kpiTarget.targetId')
      .select('target.code')
      .where('kpiTarget.kpiId', '=', kpiId)
      .orderBy('target.sortOrder')
      .orderBy('target.id')
      .execute(),
    db
      .selectFrom('kpiTheme')
      .innerJoin('intersectoralTheme', 'intersectoralTheme.id', 'kpiTheme.themeId')
      .select('intersectoralTheme.code')
      .where('kpiTheme.kpiId', '=', kpiId)
      .orderBy('intersectoralTheme.code')
      .execute(),
  ]);
  return {
    outcomes: outcomes.map((r) => r.code),
    outputs: outputs.map((r) => r.code),
    targets: targets.map((r) => r.code),
    themes: themes.map((r) => r.code),
  };
}

export function findAnnualTargets(db: Db, kpiId: number) {
  return db
    .selectFrom('kpiAnnualTarget')
    .select(['year', 'value'])
    .where('kpiId', '=', kpiId)
    .orderBy('year')
    .execute();
}

/** Sets one year's target, creating it when the year has none yet. */
export async function upsertAnnualTarget(db: Db, kpiId: number, year: number, value: number): Promise<void> {
  await db
    .insertInto('kpiAnnualTarget')
    .values({ kpiId, year, value })
    .onConflict((oc) => oc.columns(['kpiId', 'year']).doUpdateSet({ value }))
    .execute();
}

export async function insertTargetRevision(
  db: Db,
  revision: {
    kpiId: number;
    year: number;
    oldValue: number | null;
    newValue: number;
    reason: string;
    revisedBy: number | null;
    revisedAt: string;
  },
): Promise<void> {
  await db.insertInto('kpiTargetRevision').values(revision).execute();
}

/** The KPIs of a plan (with what findKpi answers for one), in code order. */
export function findKpisOfPlan(db: Db, planId: number) {
  return db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .selectAll('kpi')
    .select([
      'plan.code as planCode',
      'plan.startYear as planStartYear',
      'plan.endYear as planEndYear',
      'plan.status as planStatus',
      'thematicPriority.code as ownerPriorityCode',
    ])
    .where('kpi.planId', '=', planId)
    .orderBy('kpi.code')
    .execute();
}

/** Every annual target of a plan's KPIs. */
export function findAnnualTargetsOfPlan(db: Db, planId: number) {
  return db
    .selectFrom('kpiAnnualTarget')
    .innerJoin('kpi', 'kpi.id', 'kpiAnnualTarget.kpiId')
    .select(['kpiAnnualTarget.kpiId', 'kpiAnnualTarget.year', 'kpiAnnualTarget.value'])
    .where('kpi.planId', '=', planId)
    .orderBy('kpiAnnualTarget.year')
    .execute();
}
