// The audit log is append-only: this module inserts and reads, and offers nothing that updates or deletes.
import { sql } from 'kysely';
import { isSqlite, type Db } from '../../db/connection.ts';
import { prepareQuery, prepareRowsQuery } from '../../db/prepared.ts';
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

/** Audit rows per multi-row insert: nine parameters each, far below both databases' limits. */
const AUDIT_ROWS = 100;

/** The audit log's columns, in the order of the multi-row insert's parameters. */
const AUDIT_COLUMNS = [
  'at',
  'actorId',
  'actor',
  'action',
  'entity',
  'entityId',
  'beforeJson',
  'afterJson',
  'reason',
] as const satisfies ReadonlyArray<keyof AuditEntry>;

/** An insert of AUDIT_ROWS rows, its parameters row by row in AUDIT_COLUMNS order. */
const insertAuditRowsQuery = prepareRowsQuery((db, rows) => {
  const row = Object.fromEntries(AUDIT_COLUMNS.map((c) => [c, null])) as unknown as AuditEntry;
  return db
    .insertInto('auditLog')
    .values(Array.from({ length: rows }, () => row))
    .compile();
}, AUDIT_ROWS);

/**
 * Many audit rows (a batch or an import writes one per value), in their order: an insert of a hundred rows
 * at a time (one statement instead of a hundred), then one prepared insert per row left.
 */
export async function insertAuditEntries(db: Db, entries: readonly AuditEntry[]): Promise<void> {
  let i = 0;
  for (; i + AUDIT_ROWS <= entries.length; i += AUDIT_ROWS) {
    const parameters: unknown[] = [];
    for (let j = i; j < i + AUDIT_ROWS; j++) {
      const e = entries[j] as AuditEntry;
      for (const column of AUDIT_COLUMNS) parameters.push(e[column]);
    }
    await insertAuditRowsQuery.execute(db, AUDIT_ROWS, parameters);
  }
  for (; i < entries.length; i++) await insertAuditEntry(db, entries[i] as AuditEntry);
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
  if (isSqlite(db)) {
    await markKpisQuery.execute(db, { kpiIds: JSON.stringify(kpiIds), revision });
    return;
  }
  await db.updateTable('kpi').set({ revision }).where('id', 'in', kpiIds).execute();
}

/**
 * SQLite: any number of KPIs marked in one prepared statement, their ids as one JSON array (a commit group's
 * writes touch several; building the `in` list anew cost a group about 30 µs).
 */
const markKpisQuery = prepareQuery((db, p: { kpiIds: string; revision: number }) =>
  db
    .updateTable('kpi')
    .set({ revision: p.revision })
    .where('id', 'in', sql<number>`(select value from json_each(${p.kpiIds}))`),
);

/**
 * PostgreSQL: any number of audit rows, the revision raised and any number of KPIs marked changed at it, in
 * one statement whose text never changes: the rows go as one JSON text (json_to_recordset, its columns named
 * as the entries' fields), the KPIs as one array. A batch of 1,000 values made twelve round trips for its
 * trail (ten inserts of a hundred rows, each of 900 placeholders that PostgreSQL parsed anew and the driver
 * wrote one by one; the revision; the marks); now one, the database's work about the same (7-10 ms). A single
 * write (a PUT: one row, one KPI) goes the same way, at no cost: 791-860 µs of server CPU a warm PUT against
 * 840-995 µs with statements of its own (7 December, in turns).
 */
const trailQuery = prepareQuery((db, p: { rows: string; kpiIds: number[] }) =>
  db
    .with('bumped', (qb) =>
      qb
        .updateTable('dataRevision')
        .set((eb) => ({ revision: eb('revision', '+', 1) }))
        .where('id', '=', 1)
        .returning('revision'),
    )
    .with('marked', (qb) =>
      qb
        .updateTable('kpi')
        .set((eb) => ({ revision: eb.selectFrom('bumped').select('bumped.revision') }))
        .where('id', '=', sql<number>`any(cast(${p.kpiIds} as integer[]))`)
        .returning('kpi.id'),
    )
    .insertInto('auditLog')
    .columns([...AUDIT_COLUMNS])
    .expression(
      sql`select * from json_to_recordset(cast(${p.rows} as json)) as r("at" text, "actorId" integer,
        "actor" text, "action" text, "entity" text, "entityId" text, "beforeJson" text, "afterJson" text,
        "reason" text)`,
    ),
);

/**
 * A write's trail: its audit rows, the data revision raised once and the KPIs it touched marked at the new
 * revision. On PostgreSQL all three are one statement (trailQuery), a round trip instead of three or more; on
 * SQLite, whose statements cost no round trip, three.
 */
export async function writeTrail(
  db: Db,
  entries: readonly AuditEntry[],
  kpiIds: readonly number[],
): Promise<void> {
  if (isSqlite(db)) {
    await insertAuditEntries(db, entries);
    await markKpisChanged(db, kpiIds, await bumpDataRevision(db));
    return;
  }
  await trailQuery.execute(db, { rows: JSON.stringify(entries), kpiIds: [...kpiIds] });
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
