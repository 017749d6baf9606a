// Every query on the risk register: risks with their owner unit, links, mitigation actions and
// assessments, and the codes of the plan that a risk's links name.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { RiskAssessmentTable, RiskTable } from '../../db/schema.ts';

export type RiskFields = Omit<Insertable<RiskTable>, 'id' | 'planId' | 'version' | 'createdAt' | 'updatedAt'>;
export type AssessmentFields = Omit<
  Insertable<RiskAssessmentTable>,
  'id' | 'riskId' | 'period' | 'state' | 'confirmedBy' | 'confirmedAt'
>;
export interface RiskFilters {
  sectorId?: number | undefined;
  priorityId?: number | undefined;
  kpiId?: number | undefined;
  category?: string | undefined;
  treatment?: string | undefined;
  ids?: readonly number[] | undefined;
}
export interface LinkIds {
  priorityIds: readonly number[];
  outcomeIds: readonly number[];
  kpiIds: readonly number[];
}

export function findRisks(db: Db, planId: number, filters: RiskFilters) {
  return db
    .selectFrom('risk')
    .innerJoin('sector', 'sector.id', 'risk.sectorId')
    .innerJoin('plan', 'plan.id', 'risk.planId')
    .selectAll('risk')
    .select([
      'sector.code as sectorCode',
      'sector.name as sectorName',
      'plan.code as planCode',
      'plan.riskAppetite as appetite',
    ])
    .where('risk.planId', '=', planId)
    .$if(filters.sectorId !== undefined, (q) => q.where('risk.sectorId', '=', filters.sectorId as number))
    .$if(filters.category !== undefined, (q) => q.where('risk.category', '=', filters.category as string))
    .$if(filters.treatment !== undefined, (q) => q.where('risk.treatment', '=', filters.treatment as string))
    .$if(filters.ids !== undefined, (q) => q.where('risk.id', 'in', [...(filters.ids ?? []), -1]))
    .$if(filters.priorityId !== undefined, (q) =>
      q.where('risk.id', 'in', (eb) =>
        eb
          .selectFrom('riskPriority')
          .select('riskId')
          .where('priorityId', '=', filters.priorityId as number),
      ),
    )
    .$if(filters.kpiId !== undefined, (q) =>
      q.where('risk.id', 'in', (eb) =>
        eb
          .selectFrom('riskKpi')
          .select('riskId')
          .where('kpiId', '=', filters.kpiId as number),
      ),
    )
    .orderBy('sector.sortOrder')
    .orderBy('risk.code')
    .execute();
}
export type RiskRow = Awaited<ReturnType<typeof findRisks>>[number];

export function findRiskById(db: Db, id: number) {
  return db
    .selectFrom('risk')
    .innerJoin('sector', 'sector.id', 'risk.sectorId')
    .innerJoin('plan', 'plan.id', 'risk.planId')
    .selectAll('risk')
    .select([
      'sector.code as sectorCode',
      'sector.name as sectorName',
      'plan.code as planCode',
      'plan.riskAppetite as appetite',
    ])
    .where('risk.id', '=', id)
    .executeTakeFirst();
}

export function findRiskIdByCode(db: Db, planId: number, code: string) {
  return db
    .selectFrom('risk')
    .select('id')
    .where('planId', '=', planId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findLinkCodes(db: Db, riskIds: readonly number[]) {
  const ids = [...riskIds, -1];
  const [priorities, outcomes, kpis] = await Promise.all([
    db
      .selectFrom('riskPriority')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'riskPriority.priorityId')
      .select(['riskPriority.riskId', 'thematicPriority.code'])
      .where('riskPriority.riskId', 'in', ids)
      .orderBy('thematicPriority.sortOrder')
      .execute(),
    db
      .selectFrom('riskOutcome')
      .innerJoin('outcome', 'outcome.id', 'riskOutcome.outcomeId')
      .select(['riskOutcome.riskId', 'outcome.code'])
      .where('riskOutcome.riskId', 'in', ids)
      .orderBy('outcome.code')
      .execute(),
    db
      .selectFrom('riskKpi')
      .innerJoin('kpi', 'kpi.id', 'riskKpi.kpiId')
      .select(['riskKpi.riskId', 'kpi.code'])
      .where('riskKpi.riskId', 'in', ids)
      .orderBy('kpi.code')
      .execute(),
  ]);
  return { priorities, outcomes, kpis };
}

export function findActions(db: Db, riskId: number) {
  return db
    .selectFrom('riskAction')
    .select(['description', 'owner', 'dueDate', 'status'])
    .where('riskId', '=', riskId)
    .orderBy('sortOrder')
    .execute();
}

/** Assessments of the risks, oldest quarter first; `confirmedOnly` leaves drafts out in the query. */
export function findAssessments(db: Db, riskIds: readonly number[], confirmedOnly: boolean) {
  return db
    .selectFrom('riskAssessment')
    .leftJoin('appUser as assessor', 'assessor.id', 'riskAssessment.assessedBy')
    .leftJoin('appUser as confirmer', 'confirmer.id', 'riskAssessment.confirmedBy')
    .selectAll('riskAssessment')
    .select(['assessor.displayName as assessorName', 'confirmer.displayName as confirmerName'])
    .where('riskAssessment.riskId', 'in', [...riskIds, -1])
    .$if(confirmedOnly, (q) => q.where('riskAssessment.state', '=', 'confirmed'))
    .orderBy('riskAssessment.riskId')
    .orderBy('riskAssessment.period')
    .execute();
}
export type AssessmentRow = Awaited<ReturnType<typeof findAssessments>>[number];

export function findAssessment(db: Db, riskId: number, period: string) {
  return db
    .selectFrom('riskAssessment')
    .selectAll()
    .where('riskId', '=', riskId)
    .where('period', '=', period)
    .executeTakeFirst();
}

export function findKpiPlan(db: Db, kpiId: number) {
  return db.selectFrom('kpi').select(['id', 'planId']).where('id', '=', kpiId).executeTakeFirst();
}

export async function insertRisk(db: Db, planId: number, fields: RiskFields, now: string): Promise<number> {
  const row = await db
    .insertInto('risk')
    .values({ planId, ...fields, version: 1, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Compare-and-set on the version; false when another change came first. */
export async function updateRisk(
  db: Db,
  id: number,
  version: number,
  fields: RiskFields,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('risk')
    .set({ ...fields, version: version + 1, updatedAt: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceLinks(db: Db, riskId: number, links: LinkIds): Promise<void> {
  await db.deleteFrom('riskPriority').where('riskId', '=', riskId).execute();
  await db.deleteFrom('riskOutcome').where('riskId', '=', riskId).execute();
  await db.deleteFrom('riskKpi').where('riskId', '=', riskId).execute();
  if (links.priorityIds.length > 0) {
    await db
      .insertInto('riskPriority')
      .values(links.priorityIds.map((priorityId) => ({ riskId, priorityId })))
      .execute();
  }
  if (links.outcomeIds.length > 0) {
    await db
      .insertInto('riskOutcome')
      .values(links.outcomeIds.map((outcomeId) => ({ riskId, outcomeId })))
      .execute();
  }
  if (links.kpiIds.length > 0) {
    await db
      .insertInto('riskKpi')
      .values(links.kpiIds.map((kpiId) => ({ riskId, kpiId })))
      .execute();
  }
}

export async function replaceActions(
  db: Db,
  riskId: number,
  actions: readonly { description: string; owner: string; dueDate: string | null; status: string }[],
): Promise<void> {
  await db.deleteFrom('riskAction').where('riskId', '=', riskId).execute();
  if (actions.length === 0) return;
  await db
    .insertInto('riskAction')
    .values(actions.map((a, sortOrder) => ({ riskId, ...a, sortOrder })))
    .execute();
}

/** A draft for the quarter: inserted, or the existing draft replaced (a confirmed one is never touched). */
export async function saveDraftAssessment(
  db: Db,
  riskId: number,
  period: string,
  fields: AssessmentFields,
): Promise<boolean> {
  const existing = await findAssessment(db, riskId, period);
  if (!existing) {
    await db
      .insertInto('riskAssessment')
      .values({ riskId, period, ...fields, state: 'draft', confirmedBy: null, confirmedAt: null })
      .execute();
    return true;
  }
  const result = await db
    .updateTable('riskAssessment')
    .set(fields)
    .where('id', '=', existing.id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function confirmAssessment(
  db: Db,
  id: number,
  confirmedBy: number | null,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('riskAssessment')
    .set({ state: 'confirmed', confirmedBy, confirmedAt: now })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The plan's risks with these codes (unknown codes are left out). */
export function findRisksByCode(db: Db, planId: number, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('risk')
    .select(['id', 'code'])
    .where('planId', '=', planId)
    .where('code', 'in', codes)
    .execute();
}
