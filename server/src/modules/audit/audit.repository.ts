// The audit log is append-only: this module inserts and reads, and offers nothing that updates or deletes.
import type { Db } from '../../db/connection.ts';
import { prepareQuery } from '../../db/prepared.ts';
import type { AuditLogInsert } from '../../db/schema.ts';

const insertAuditQuery = prepareQuery((db, e: Required<AuditLogInsert>) =>
  db.insertInto('auditLog').values({
    at: e.at,
    actorId: e.actorId,
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    beforeJson: e.beforeJson,
    afterJson: e.afterJson,
    reason: e.reason,
  }),
);

export async function insertAuditEntry(db: Db, entry: Omit<Required<AuditLogInsert>, 'id'>): Promise<void> {
  await insertAuditQuery.execute(db, entry as Required<AuditLogInsert>);
}

type AuditEntry = Omit<Required<AuditLogInsert>, 'id'>;

/**
 * Many audit rows (a batch or an import writes one per value), in their order, by one prepared insert each:
 * multi-row inserts, which Kysely builds and compiles anew every time, measured no faster in the import bench.
 */
export async function insertAuditEntries(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  for (const entry of entries) await insertAuditEntry(db, entry);
}

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  limit: number;
  offset: number;
}

export function findAuditEntries(db: Db, query: AuditQuery) {
  return db
    .selectFrom('auditLog')
    .selectAll()
    .$if(query.entity !== undefined, (qb) => qb.where('entity', '=', query.entity as string))
    .$if(query.entityId !== undefined, (qb) => qb.where('entityId', '=', query.entityId as string))
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
}

export async function countAuditEntries(
  db: Db,
  query: Omit<AuditQuery, 'limit' | 'offset'>,
): Promise<number> {
  const row = await db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .$if(query.entity !== undefined, (qb) => qb.where('entity', '=', query.entity as string))
    .$if(query.entityId !== undefined, (qb) => qb.where('entityId', '=', query.entityId as string))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Raises the data revision and returns the new one; call inside the write's transaction. */
const bumpRevisionQuery = prepareQuery((db) =>
  db
    .updateTable('dataRevision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .returning('revision'),
);

export async function bumpDataRevision(db: Db): Promise<number> {
  const [row] = await bumpRevisionQuery.execute(db, {});
  if (!row) throw new Error('The data revision row is missing');
  return row.revision;
}

const markKpiQuery = prepareQuery((db, p: { kpiId: number; revision: number }) =>
  db.updateTable('kpi').set({ revision: p.revision }).where('id', '=', p.kpiId),
);

/** Marks KPIs as changed at a revision, so cached figures refresh them (and only them). */
export async function markKpisChanged(db: Db, kpiIds: readonly number[], revision: number): Promise<void> {
  if (kpiIds.length === 0) return;
  const [only] = kpiIds;
  if (kpiIds.length === 1 && only !== undefined) {
    await markKpiQuery.execute(db, { kpiId: only, revision });
    return;
  }
  await db.updateTable('kpi').set({ revision }).where('id', 'in', kpiIds).execute();
}

export async function currentDataRevision(db: Db): Promise<number> {
  const row = await db.selectFrom('dataRevision').select('revision').where('id', '=', 1).executeTakeFirst();
  return row?.revision ?? 0;
}

// The thematic priority of an audited entity, for the scope check of planners and reviewers.
export async function findValuePriority(db: Db, valueId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .select('kpi.ownerPriorityId')
    .where('kpiValue.id', '=', valueId)
    .executeTakeFirst();
  return row?.ownerPriorityId;
}

export async function findKpiPriority(db: Db, kpiId: number): Promise<number | undefined> {
  const row = await db.selectFrom('kpi').select('ownerPriorityId').where('id', '=', kpiId).executeTakeFirst();
  return row?.ownerPriorityId;
}

export async function findReviewPriority(db: Db, reviewId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('quarterlyReview')
    .select('priorityId')
    .where('id', '=', reviewId)
    .executeTakeFirst();
  return row?.priorityId;
}
