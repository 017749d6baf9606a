// The audit log is append-only: this module inserts and reads, and offers nothing that updates or deletes.
import type { Db } from '../../db/connection.ts';
import type { AuditLogInsert } from '../../db/schema.ts';

export async function insertAuditEntry(db: Db, entry: AuditLogInsert): Promise<void> {
  await db.insertInto('auditLog').values(entry).execute();
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
export async function bumpDataRevision(db: Db): Promise<number> {
  const row = await db
    .updateTable('dataRevision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .returning('revision')
    .executeTakeFirstOrThrow();
  return row.revision;
}

/** Marks KPIs as changed at a revision, so cached figures refresh them (and only them). */
export async function markKpisChanged(db: Db, kpiIds: readonly number[], revision: number): Promise<void> {
  if (kpiIds.length === 0) return;
  await db.updateTable('kpi').set({ revision }).where('id', 'in', kpiIds).execute();
}

export async function currentDataRevision(db: Db): Promise<number> {
  const row = await db.selectFrom('dataRevision').select('revision').where('id', '=', 1).executeTakeFirst();
  return row?.revision ?? 0;
}
