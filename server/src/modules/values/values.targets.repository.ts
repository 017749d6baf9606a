// A batch of cells in a few statements instead of several per cell. The write targets: the KPIs with their
// plans, the cells' stored values (with who entered them) and the review status of each owning priority's
// quarter, in rows of a single write's shape (WriteTargetRow), so each cell is checked alike. The writes: compare-and-set
// updates and first inserts, one statement per chunk of rows (the updates on PostgreSQL one statement, their rows
// as JSON text).
import { sql } from 'kysely';
import { isSqlite, type Db } from '../../db/connection.ts';
import { selectRows } from '../../db/json-rows.ts';
import { RowMakers, type RowMaker } from '../../db/row-makers.ts';
import { prepareQuery, prepareRowsQuery } from '../../db/prepared.ts';
import type { NewKpiValue } from '../../db/schema.ts';
import { STORED_VALUE_COLUMNS, WRITE_TARGET_KPI_COLUMNS, type WriteTargetRow } from './values.repository.ts';

/** Ids per query: one parameter each, far below both databases' limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The key of a cell in the maps below. */
export const cellKey = (kpiId: number, period: string, regionId: number | null) =>
  `${kpiId}|${period}|${regionId ?? ''}`;

function findKpis(db: Db, ids: number[]) {
  return selectRows(
    db,
    db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select(WRITE_TARGET_KPI_COLUMNS)
      .where('kpi.id', 'in', ids),
  );
}

/**
 * The stored values of these KPIs in these periods. Whole-KPI values and regional ones are read apart and
 * joined with `union all`: each half matches its partial unique index (kpi, period), where one query over
 * both would match neither and read every value of the period (6 ms for ten KPIs at 2,000 KPIs, growing
 * with the plan).
 */
function findValues(db: Db, ids: number[], periods: string[]) {
  const values = (regional: boolean) =>
    db
      .selectFrom('kpiValue')
      .leftJoin('appUser', 'appUser.id', 'kpiValue.enteredBy')
      .select(['kpiValue.kpiId', 'kpiValue.period', 'kpiValue.regionId', ...STORED_VALUE_COLUMNS])
      .where('kpiValue.kpiId', 'in', ids)
      .where('kpiValue.period', 'in', periods)
      .where('kpiValue.regionId', regional ? 'is not' : 'is', null);
  return selectRows(db, values(false).unionAll(values(true)));
}

function findReviews(db: Db, priorityIds: number[], periods: string[]) {
  return db
    .selectFrom('quarterlyReview')
    .select(['priorityId', 'period', 'status'])
    .where('priorityId', 'in', priorityIds)
    .where('period', 'in', periods)
    .execute();
}

type KpiRow = Awaited<ReturnType<typeof findKpis>>[number];
/** A cell's stored value as a write target carries it (its columns null when there is none). */
export type StoredValue = Omit<
  Awaited<ReturnType<typeof findValues>>[number],
  'kpiId' | 'period' | 'regionId'
>;

const NO_VALUE: StoredValue = {
  valueId: null as unknown as number,
  value: null,
  noDataReason: null,
  note: null,
  evidenceUrl: null,
  state: null as unknown as string,
  version: null as unknown as number,
  returnComment: null,
  enteredBy: null,
  enteredAt: null as unknown as string,
  submittedAt: null,
  approvedAt: null,
  enteredByName: null,
};

interface TargetParts {
  kpi: KpiRow;
  stored: StoredValue;
  reviewStatus: string | null;
}

const TARGET_ROWS = new RowMakers<TargetParts>();
const STORED_KEYS = Object.keys(NO_VALUE);

/**
 * A cell's write target (a KPI's row, a stored value's columns and the review status) built as one object
 * literal (db/row-makers.ts): spreading the two rows into one cost a batch 30 ms for its 1,000 cells.
 */
function targetRowMaker(kpi: KpiRow) {
  const kpiKeys = Object.keys(kpi);
  return TARGET_ROWS.get(kpiKeys.join('\0'), () => ({
    keys: [...kpiKeys, ...STORED_KEYS, 'reviewStatus'],
    reads: [
      ...kpiKeys.map((key) => `s.kpi[${JSON.stringify(key)}]`),
      ...STORED_KEYS.map((key) => `s.stored[${JSON.stringify(key)}]`),
      's.reviewStatus',
    ],
  }));
}

/** What a single write would read for each cell, read at once; `store` records a cell written since. */
export interface WriteTargets {
  find(kpiId: number, period: string, regionId: number | null): WriteTargetRow | undefined;
  store(kpiId: number, period: string, regionId: number | null, stored: StoredValue): void;
}

export async function findWriteTargets(
  db: Db,
  cells: ReadonlyArray<{ kpiId: number; period: string; regionId: number | null }>,
): Promise<WriteTargets> {
  const ids = [...new Set(cells.map((c) => c.kpiId))];
  const periods = [...new Set(cells.map((c) => c.period))];
  const kpis = new Map<number, KpiRow>();
  const values = new Map<string, StoredValue>();
  const reviews = new Map<string, string>();
  for (const chunk of chunks(ids)) {
    for (const kpi of await findKpis(db, chunk)) kpis.set(kpi.id, kpi);
  }
  for (const periodChunk of chunks(periods)) {
    for (const chunk of chunks(ids)) {
      // the row itself (its place's columns too): the target reads only the stored value's columns from it
      for (const row of await findValues(db, chunk, periodChunk)) {
        values.set(cellKey(row.kpiId, row.period, row.regionId), row);
      }
    }
    const owners = [...new Set([...kpis.values()].map((k) => k.ownerPriorityId))];
    for (const chunk of chunks(owners)) {
      for (const review of await findReviews(db, chunk, periodChunk)) {
        reviews.set(`${review.priorityId}|${review.period}`, review.status);
      }
    }
  }
  let makeTarget: RowMaker<TargetParts> | undefined;
  return {
    find(kpiId, period, regionId) {
      const kpi = kpis.get(kpiId);
      if (!kpi) return undefined;
      const stored = values.get(cellKey(kpiId, period, regionId)) ?? NO_VALUE;
      const reviewStatus = reviews.get(`${kpi.ownerPriorityId}|${period}`) ?? null;
      // every KPI row has the columns of findKpis: one maker for the batch
      makeTarget ??= targetRowMaker(kpi);
      return makeTarget({ kpi, stored, reviewStatus }) as unknown as WriteTargetRow;
    },
    store(kpiId, period, regionId, stored) {
      values.set(cellKey(kpiId, period, regionId), stored);
    },
  };
}

/** One stored value's new version in a batch: written only if the row still has `expectedVersion`. */
export interface VersionedUpdate {
  id: number;
  expectedVersion: number;
  value: number | null;
  noDataReason: string | null;
  note: string | null;
  evidenceUrl: string | null;
  /** The stored value is a draft already: its state (and its index entry) is left as it is. */
  draft: boolean;
}

/** Who wrote a batch's values, and when (ISO text). */
type Entered = { enteredBy: number | null; enteredAt: string };

/** Rows per bulk statement: 6 to 14 parameters each, far below both databases' limits. */
export const WRITE_CHUNK = 250;

/**
 * Many compare-and-set updates in one statement per chunk, as drafts by one person at one time: each row
 * gets its fields and version + 1 only if it still has its expected version. The ids written come back;
 * a missing id was changed meanwhile. (The VALUES columns are column1... on both databases.) The unary
 * plus keeps SQLite from indexing the VALUES rows and scanning the whole table against them (130 µs a row
 * at 600,000 values instead of 2-3 µs): each row is then found by its id. `setsState`: the rows become drafts
 * from another state; drafts saved again keep theirs (values.repository.ts updateValue tells why).
 */
export function updateValuesQuery(updates: readonly VersionedUpdate[], entered: Entered, setsState = true) {
  const rows = updates.map(
    (u) =>
      sql`(cast(${u.id} as integer), cast(${u.expectedVersion} as integer), cast(${u.value} as double precision), cast(${u.noDataReason} as text), cast(${u.note} as text), cast(${u.evidenceUrl} as text))`,
  );
  return sql<{ id: number }>`
    update kpi_value set
      value = c.column3, no_data_reason = c.column4, note = c.column5, evidence_url = c.column6,
      ${setsState ? sql`state = 'draft', ` : sql``}version = c.column2 + 1, return_comment = null,
      entered_by = cast(${entered.enteredBy} as integer), entered_at = cast(${entered.enteredAt} as text)
    from (values ${sql.join(rows)}) as c
    where kpi_value.id = +c.column1 and kpi_value.version = +c.column2
    returning kpi_value.id`;
}

/** The update of a chunk, compiled once for a full one: Kysely would build and compile 1,500 parameters anew. */
const updateChunk = (setsState: boolean) =>
  prepareRowsQuery((db, rows) => {
    const placeholder = {
      id: 0,
      expectedVersion: 0,
      value: null,
      noDataReason: null,
      note: null,
      evidenceUrl: null,
      draft: !setsState,
    };
    return updateValuesQuery(
      Array.from({ length: rows }, () => placeholder),
      { enteredBy: null, enteredAt: '' },
      setsState,
    ).compile(db);
  }, WRITE_CHUNK);
const updateValuesChunk = updateChunk(true);
const updateDraftsChunk = updateChunk(false);

/**
 * PostgreSQL: updateValuesQuery for any number of rows in one statement, the rows as one JSON text
 * (json_to_recordset, its columns named as VersionedUpdate's fields). Its text never changes: PostgreSQL
 * parses a few hundred bytes instead of 1,500 placeholders a time (about 1 ms for a batch's 250 rows), the
 * driver writes one string instead of six parameters a row, and a batch of 1,000 values makes one round trip
 * instead of four. The ids are named to the table too (`= any`): joined only to the rows of the JSON text,
 * which PostgreSQL cannot look into, the values were scanned in full and hashed (20 ms at 56,000 values,
 * against 5 ms found by their key).
 */
const updateJsonQuery = (setsState: boolean) =>
  prepareQuery((db, p: Entered & { ids: number[]; rows: string }) => {
    const query = sql<{ id: number }>`
      update kpi_value set
        value = c."value", no_data_reason = c."noDataReason", note = c."note", evidence_url = c."evidenceUrl",
        ${setsState ? sql`state = 'draft', ` : sql``}version = c."expectedVersion" + 1, return_comment = null,
        entered_by = cast(${p.enteredBy} as integer), entered_at = cast(${p.enteredAt} as text)
      from json_to_recordset(cast(${p.rows} as json)) as c("id" integer, "expectedVersion" integer,
        "value" double precision, "noDataReason" text, "note" text, "evidenceUrl" text)
      where kpi_value.id = any(cast(${p.ids} as integer[]))
        and kpi_value.id = c."id" and kpi_value.version = c."expectedVersion"
      returning kpi_value.id`;
    return { compile: () => query.compile(db) };
  });
const updateValuesJson = updateJsonQuery(true);
const updateDraftsJson = updateJsonQuery(false);

/** SQLite: the updates a chunk of WRITE_CHUNK rows per statement; the ids written. */
async function updateInChunks(
  db: Db,
  setsState: boolean,
  rows: readonly VersionedUpdate[],
  entered: Entered,
) {
  const query = setsState ? updateValuesChunk : updateDraftsChunk;
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    const chunk = rows.slice(i, i + WRITE_CHUNK);
    // the parameters in the order of updateValuesQuery: who and when (its set clause), then each row's
    const parameters: unknown[] = [entered.enteredBy, entered.enteredAt];
    for (const u of chunk) {
      parameters.push(u.id, u.expectedVersion, u.value, u.noDataReason, u.note, u.evidenceUrl);
    }
    for (const row of await query.execute(db, chunk.length, parameters)) ids.push(Number(row.id));
  }
  return ids;
}

/** PostgreSQL: the updates in one statement, their rows as JSON text (updateJsonQuery); the ids written. */
async function updateAsJson(db: Db, setsState: boolean, rows: readonly VersionedUpdate[], entered: Entered) {
  const query = setsState ? updateValuesJson : updateDraftsJson;
  const values = { ...entered, ids: rows.map((u) => u.id), rows: JSON.stringify(rows) };
  return (await query.execute(db, values)).map((row) => Number(row.id));
}

export async function updateValuesIfVersion(
  db: Db,
  updates: readonly VersionedUpdate[],
  entered: Entered,
): Promise<Set<number>> {
  const written = new Set<number>();
  const update = isSqlite(db) ? updateInChunks : updateAsJson;
  // drafts saved again keep their state; other values become drafts
  for (const setsState of [false, true]) {
    const rows = updates.filter((u) => u.draft !== setsState);
    if (rows.length === 0) continue;
    for (const id of await update(db, setsState, rows, entered)) written.add(id);
  }
  return written;
}

/** Inserts many first values; the id of each cell inserted, by cellKey (a cell given a value meanwhile has none). */
export async function insertValues(db: Db, values: readonly NewKpiValue[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < values.length; i += WRITE_CHUNK) {
    const rows = await db
      .insertInto('kpiValue')
      .values(values.slice(i, i + WRITE_CHUNK))
      // as insertValue: a cell entered meanwhile by someone else inserts nothing rather than failing
      .onConflict((oc) => oc.doNothing())
      .returning(['id', 'kpiId', 'period', 'regionId'])
      .execute();
    for (const row of rows) ids.set(cellKey(row.kpiId, row.period, row.regionId), row.id);
  }
  return ids;
}
