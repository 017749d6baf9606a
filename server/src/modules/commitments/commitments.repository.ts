// Every query on commitments and actions: commitments with their owner unit, their links (priorities, KPIs,
// risks) and the history of their progress notes; and the two lookups by code the module needs (one
// function each, to be folded into the plans module's plan-code lookup).
import type { Insertable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { CommitmentProgressTable, CommitmentTable } from '../../db/schema.ts';

export type CommitmentFields = Omit<
  Insertable<CommitmentTable>,
  'id' | 'planId' | 'version' | 'createdAt' | 'updatedAt'
>;
export type ProgressFields = Omit<
  Insertable<CommitmentProgressTable>,
  'id' | 'commitmentId' | 'state' | 'confirmedBy' | 'confirmedAt'
>;

export interface CommitmentFilters {
  source?: string | undefined;
  year?: number | undefined;
  sectorId?: number | undefined;
  pillar?: string | undefined;
  horizon?: string | undefined;
  reach?: string | undefined;
}

export interface LinkIds {
  priorityIds: readonly number[];
  kpiIds: readonly number[];
  riskIds: readonly number[];
}

function selectCommitments(db: Db) {
  return db
    .selectFrom('commitment')
    .innerJoin('sector', 'sector.id', 'commitment.sectorId')
    .innerJoin('plan', 'plan.id', 'commitment.planId')
    .selectAll('commitment')
    .select(['sector.code as sectorCode', 'sector.name as sectorName', 'plan.code as planCode']);
}

export function findCommitments(db: Db, planId: number, filters: CommitmentFilters) {
  return selectCommitments(db)
    .where('commitment.planId', '=', planId)
    .$if(filters.source !== undefined, (q) => q.where('commitment.source', '=', filters.source as string))
    .$if(filters.year !== undefined, (q) => q.where('commitment.sourceYear', '=', filters.year as number))
    .$if(filters.sectorId !== undefined, (q) =>
      q.where('commitment.sectorId', '=', filters.sectorId as number),
    )
    .$if(filters.pillar !== undefined, (q) => q.where('commitment.pillar', '=', filters.pillar as string))
    .$if(filters.horizon !== undefined, (q) => q.where('commitment.horizon', '=', filters.horizon as string))
    .$if(filters.reach !== undefined, (q) => q.where('commitment.reach', '=', filters.reach as string))
    .orderBy('commitment.sourceYear')
    .orderBy('commitment.code')
    .execute();
}
export type CommitmentRow = Awaited<ReturnType<typeof findCommitments>>[number];

export function findCommitmentById(db: Db, id: number) {
  return selectCommitments(db).where('commitment.id', '=', id).executeTakeFirst();
}

export function findIdByCode(db: Db, planId: number, code: string) {
  return db
    .selectFrom('commitment')
    .select('id')
    .where('planId', '=', planId)
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function findLinkCodes(db: Db, ids: readonly number[]) {
  const within = [...ids, -1];
  const [priorities, kpis, risks] = await Promise.all([
    db
      .selectFrom('commitmentPriority')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'commitmentPriority.priorityId')
      .select(['commitmentPriority.commitmentId', 'thematicPriority.code'])
      .where('commitmentPriority.commitmentId', 'in', within)
      .orderBy('thematicPriority.sortOrder')
      .execute(),
    db
      .selectFrom('commitmentKpi')
      .innerJoin('kpi', 'kpi.id', 'commitmentKpi.kpiId')
      .select(['commitmentKpi.commitmentId', 'kpi.code'])
      .where('commitmentKpi.commitmentId', 'in', within)
      .orderBy('kpi.code')
      .execute(),
    db
      .selectFrom('commitmentRisk')
      .innerJoin('risk', 'risk.id', 'commitmentRisk.riskId')
      .select(['commitmentRisk.commitmentId', 'risk.code'])
      .where('commitmentRisk.commitmentId', 'in', within)
      .orderBy('risk.code')
      .execute(),
  ]);
  return { priorities, kpis, risks };
}

/** Progress notes of the commitments, oldest first; `confirmedOnly` leaves drafts out in the query. */
export function findProgress(db: Db, ids: readonly number[], confirmedOnly: boolean) {
  return db
    .selectFrom('commitmentProgress')
    .leftJoin('appUser as proposer', 'proposer.id', 'commitmentProgress.proposedBy')
    .leftJoin('appUser as confirmer', 'confirmer.id', 'commitmentProgress.confirmedBy')
    .selectAll('commitmentProgress')
    .select(['proposer.displayName as proposerName', 'confirmer.displayName as confirmerName'])
    .where('commitmentProgress.commitmentId', 'in', [...ids, -1])
    .$if(confirmedOnly, (q) => q.where('commitmentProgress.state', '=', 'confirmed'))
    .orderBy('commitmentProgress.commitmentId')
    .orderBy('commitmentProgress.id')
    .execute();
}
export type ProgressRow = Awaited<ReturnType<typeof findProgress>>[number];

export function findDraftProgress(db: Db, commitmentId: number) {
  return db
    .selectFrom('commitmentProgress')
    .selectAll()
    .where('commitmentId', '=', commitmentId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
}

/** The ids of the plan's priorities, KPIs and risks with these codes (unknown codes are left out). */
export async function findLinkTargets(
  db: Db,
  planId: number,
  codes: { priorities: readonly string[]; kpis: readonly string[]; risks: readonly string[] },
) {
  const none = ['']; // never a code: keeps `in` non-empty
  const byCode = (table: 'thematicPriority' | 'kpi' | 'risk', wanted: readonly string[]) =>
    db
      .selectFrom(table)
      .select(['id', 'code'])
      .where('planId', '=', planId)
      .where('code', 'in', [...wanted, ...none])
      .execute();
  const [priorities, kpis, risks] = await Promise.all([
    byCode('thematicPriority', codes.priorities),
    byCode('kpi', codes.kpis),
    byCode('risk', codes.risks),
  ]);
  return { priorities, kpis, risks };
}

export async function insertCommitment(
  db: Db,
  planId: number,
  fields: CommitmentFields,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('commitment')
    .values({ ...fields, planId, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Applies the change if the version still matches; false when someone changed it first. */
export async function updateCommitment(
  db: Db,
  id: number,
  version: number,
  fields: CommitmentFields,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('commitment')
    .set({ ...fields, updatedAt: now, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function replaceLinks(db: Db, id: number, links: LinkIds): Promise<void> {
  await db.deleteFrom('commitmentPriority').where('commitmentId', '=', id).execute();
  await db.deleteFrom('commitmentKpi').where('commitmentId', '=', id).execute();
  await db.deleteFrom('commitmentRisk').where('commitmentId', '=', id).execute();
  if (links.priorityIds.length > 0) {
    await db
      .insertInto('commitmentPriority')
      .values(links.priorityIds.map((priorityId) => ({ commitmentId: id, priorityId })))
      .execute();
  }
  if (links.kpiIds.length > 0) {
    await db
      .insertInto('commitmentKpi')
      .values(links.kpiIds.map((kpiId) => ({ commitmentId: id, kpiId })))
      .execute();
  }
  if (links.riskIds.length > 0) {
    await db
      .insertInto('commitmentRisk')
      .values(links.riskIds.map((riskId) => ({ commitmentId: id, riskId })))
      .execute();
  }
}

/** Proposes a progress note: replaces the pending draft if there is one, else adds a draft to the history. */
export async function saveDraftProgress(db: Db, id: number, fields: ProgressFields): Promise<void> {
  const draft = await findDraftProgress(db, id);
  if (draft) {
    await db.updateTable('commitmentProgress').set(fields).where('id', '=', draft.id).execute();
    return;
  }
  await db
    .insertInto('commitmentProgress')
    .values({ ...fields, commitmentId: id, state: 'draft' })
    .execute();
}

/** Confirms a draft; false when it is no longer a draft. */
export async function confirmProgress(db: Db, progressId: number, userId: number | null, now: string) {
  const result = await db
    .updateTable('commitmentProgress')
    .set({ state: 'confirmed', confirmedBy: userId, confirmedAt: now })
    .where('id', '=', progressId)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
