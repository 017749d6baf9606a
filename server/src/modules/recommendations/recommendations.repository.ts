// Every query on the oversight recommendations: recommendations with their responsible unit, their links
// (priorities, KPIs, risks) and the history of their states.
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { RecommendationStateTable, RecommendationTable } from '../../db/schema.ts';

export type RecommendationFields = Omit<
  Insertable<RecommendationTable>,
  'id' | 'planId' | 'version' | 'createdAt' | 'updatedAt'
>;
export type StateFields = Omit<
  Insertable<RecommendationStateTable>,
  'id' | 'recommendationId' | 'state' | 'confirmedBy' | 'confirmedAt'
>;
export interface RecommendationFilters {
  body?: string | undefined;
  year?: number | undefined;
  sectorId?: number | undefined;
}
export interface LinkIds {
  priorityIds: readonly number[];
  kpiIds: readonly number[];
  riskIds: readonly number[];
}

function selectRecommendations(db: Db) {
  return db
    .selectFrom('recommendation')
    .innerJoin('sector', 'sector.id', 'recommendation.sectorId')
    .innerJoin('plan', 'plan.id', 'recommendation.planId')
    .selectAll('recommendation')
    .select(['sector.code as sectorCode', 'sector.name as sectorName', 'plan.code as planCode']);
}

export function findRecommendations(db: Db, planId: number, filters: RecommendationFilters) {
  return selectRecommendations(db)
    .where('recommendation.planId', '=', planId)
    .$if(filters.body !== undefined, (q) => q.where('recommendation.body', '=', filters.body as string))
    .$if(filters.sectorId !== undefined, (q) =>
      q.where('recommendation.sectorId', '=', filters.sectorId as number),
    )
    .$if(filters.year !== undefined, (q) =>
      q
        .where('recommendation.reportDate', '>=', `${filters.year}-01-01`)
        .where('recommendation.reportDate', '<=', `${filters.year}-12-31`),
    )
    .orderBy('recommendation.reportDate')
    .orderBy('recommendation.reportRef')
    .orderBy('recommendation.number')
    .execute();
}
export type RecommendationRow = Awaited<ReturnType<typeof findRecommendations>>[number];

export function findRecommendationById(db: Db, id: number) {
  return selectRecommendations(db).where('recommendation.id', '=', id).executeTakeFirst();
}

export function findIdByReference(
  db: Db,
  planId: number,
  ref: { body: string; reportRef: string; number: string },
) {
  return db
    .selectFrom('recommendation')
    .select('id')
    .where('planId', '=', planId)
    .where('body', '=', ref.body)
    .where('reportRef', '=', ref.reportRef)
    .where('number', '=', ref.number)
    .executeTakeFirst();
}

export async function findLinkCodes(db: Db, ids: readonly number[]) {
  const within = [...ids, -1];
  const [priorities, kpis, risks] = await Promise.all([
    db
      .selectFrom('recommendationPriority')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'recommendationPriority.priorityId')
      .select(['recommendationPriority.recommendationId', 'thematicPriority.code'])
      .where('recommendationPriority.recommendationId', 'in', within)
      .orderBy('thematicPriority.sortOrder')
      .execute(),
    db
      .selectFrom('recommendationKpi')
      .innerJoin('kpi', 'kpi.id', 'recommendationKpi.kpiId')
      .select(['recommendationKpi.recommendationId', 'kpi.code'])
      .where('recommendationKpi.recommendationId', 'in', within)
      .orderBy('kpi.code')
      .execute(),
    db
      .selectFrom('recommendationRisk')
      .innerJoin('risk', 'risk.id', 'recommendationRisk.riskId')
      .select(['recommendationRisk.recommendationId', 'risk.code'])
      .where('recommendationRisk.recommendationId', 'in', within)
      .orderBy('risk.code')
      .execute(),
  ]);
  return { priorities, kpis, risks };
}

/** States of the recommendations, oldest first; `confirmedOnly` leaves drafts out in the query. */
export function findStates(db: Db, ids: readonly number[], confirmedOnly: boolean) {
  return db
    .selectFrom('recommendationState')
    .leftJoin('appUser as proposer', 'proposer.id', 'recommendationState.proposedBy')
    .leftJoin('appUser as confirmer', 'confirmer.id', 'recommendationState.confirmedBy')
    .selectAll('recommendationState')
    .select(['proposer.displayName as proposerName', 'confirmer.displayName as confirmerName'])
    .where('recommendationState.recommendationId', 'in', [...ids, -1])
    .$if(confirmedOnly, (q) => q.where('recommendationState.state', '=', 'confirmed'))
    .orderBy('recommendationState.recommendationId')
    .orderBy('recommendationState.id')
    .execute();
}
export type StateRow = Awaited<ReturnType<typeof findStates>>[number];

export function findDraftState(db: Db, recommendationId: number) {
  return db
    .selectFrom('recommendationState')
    .selectAll()
    .where('recommendationId', '=', recommendationId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
}

export async function insertRecommendation(
  db: Db,
  planId: number,
  fields: RecommendationFields,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('recommendation')
    .values({ ...fields, planId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies the change if the version still matches; false when someone changed it first. */
export async function updateRecommendation(
  db: Db,
  id: number,
  version: number,
  fields: RecommendationFields,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('recommendation')
    .set({ ...fields, updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function replaceLinks(db: Db, id: number, links: LinkIds): Promise<void> {
  await db.deleteFrom('recommendationPriority').where('recommendationId', '=', id).execute();
  await db.deleteFrom('recommendationKpi').where('recommendationId', '=', id).execute();
  await db.deleteFrom('recommendationRisk').where('recommendationId', '=', id).execute();
  if (links.priorityIds.length > 0) {
    await db
      .insertInto('recommendationPriority')
      .values(links.priorityIds.map((priorityId) => ({ recommendationId: id, priorityId })))
      .execute();
  }
  if (links.kpiIds.length > 0) {
    await db
      .insertInto('recommendationKpi')
      .values(links.kpiIds.map((kpiId) => ({ recommendationId: id, kpiId })))
      .execute();
  }
  if (links.riskIds.length > 0) {
    await db
      .insertInto('recommendationRisk')
      .values(links.riskIds.map((riskId) => ({ recommendationId: id, riskId })))
      .execute();
  }
}

/** Proposes a state: replaces the pending draft if there is one, else adds a draft to the history. */
export async function saveDraftState(db: Db, id: number, fields: StateFields): Promise<void> {
  const draft = await findDraftState(db, id);
  if (draft) {
    await db.updateTable('recommendationState').set(fields).where('id', '=', draft.id).execute();
    return;
  }
  await db
    .insertInto('recommendationState')
    .values({ ...fields, recommendationId: id, state: 'draft' })
    .execute();
}

/** Confirms a draft; false when it is no longer a draft. */
export async function confirmState(db: Db, stateId: number, userId: number | null, now: string) {
  const result = await db
    .updateTable('recommendationState')
    .set({ state: 'confirmed', confirmedBy: userId, confirmedAt: now })
    .where('id', '=', stateId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
