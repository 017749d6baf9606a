// Every query the figures stand on: the active plan, a plan's KPIs, annual targets, values and links, and
// the groups they are rolled up by, each in one query.
import type { ValueState } from '@rbm/shared';
import { CompiledQuery, sql } from 'kysely';
import { isSqlite, readerOf, type Db } from '../../db/connection.ts';
import { rowsOfJsonChunks, type JsonChunk } from '../../db/json-rows.ts';
import type { ReaderQuery } from '../../db/sqlite-reader.ts';

/** The active plan with the latest start (the plan figures are about when none is named). */
export function findActivePlan(db: Db) {
  return db
    .selectFrom('plan')
    .selectAll()
    .where('status', '=', 'active')
    .orderBy('startYear', 'desc')
    .executeTakeFirst();
}

/** The goals, Sectors, priorities, outcomes and regions a plan's figures are rolled up by, in framework order. */
export async function findPlanGroups(db: Db, planId: number) {
  const [goals, sectors, priorities, outcomes, regions] = await Promise.all([
    db
      .selectFrom('goal')
      .select(['id', 'code', 'name', 'retiredAt'])
      .where('planId', '=', planId)
      .orderBy('sortOrder')
      .orderBy('id')
      .execute(),
    db.selectFrom('sector').select(['id', 'code', 'name']).orderBy('sortOrder').orderBy('id').execute(),
    db
      .selectFrom('thematicPriority')
      .select(['id', 'code', 'name', 'sectorId', 'retiredAt'])
      .where('planId', '=', planId)
      .orderBy('sortOrder')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('outcome')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
      .select(['outcome.id', 'outcome.code', 'outcome.name', 'outcome.priorityId', 'outcome.retiredAt'])
      .where('thematicPriority.planId', '=', planId)
      .orderBy('outcome.sortOrder')
      .orderBy('outcome.id')
      .execute(),
    findRegions(db),
  ]);
  return { goals, sectors, priorities, outcomes, regions };
}

export function findMeasuredKpis(db: Db, planId: number, kpiIds?: readonly number[]) {
  return db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
    .select([
      'kpi.id',
      'kpi.code',
      'kpi.name',
      'kpi.unit',
      'kpi.direction',
      'kpi.aggregation',
      'kpi.frequency',
      'kpi.baselineValue',
      'kpi.baselinePeriod',
      'kpi.tolerance',
      'kpi.weight',
      'kpi.byRegion',
      'kpi.ownerPriorityId',
      'thematicPriority.code as ownerPriorityCode',
      'sector.id as ownerSectorId',
      'sector.code as ownerSectorCode',
    ])
    .where('kpi.planId', '=', planId)
    .where('kpi.active', '=', 1)
    .$if(kpiIds !== undefined, (qb) => qb.where('kpi.id', 'in', kpiIds as number[]))
    .orderBy('kpi.code')
    .execute();
}

export function findAnnualTargets(db: Db, planId: number, kpiIds?: readonly number[]) {
  return db
    .selectFrom('kpiAnnualTarget')
    .innerJoin('kpi', 'kpi.id', 'kpiAnnualTarget.kpiId')
    .select(['kpiAnnualTarget.kpiId', 'kpiAnnualTarget.year', 'kpiAnnualTarget.value'])
    .where('kpi.planId', '=', planId)
    .$if(kpiIds !== undefined, (qb) => qb.where('kpi.id', 'in', kpiIds as number[]))
    .orderBy('kpiAnnualTarget.year')
    .execute();
}

/** A value as the figures read it. */
export interface ValueRow {
  kpiId: number;
  period: string;
  regionId: number | null;
  value: number | null;
  submittedAt: string | Date | null;
}

/**
 * A plan's values in the given states (of these KPIs only, if given), found from the plan's KPIs: totals and
 * regional values apart, so that each half uses its (partial) unique index on the KPI. A read that starts
 * from the values instead scans every plan's: in a file that also holds a 2,000-KPI plan, a 20-KPI plan's
 * values took 42-58 ms instead of 3-5 ms. Submission times only where they count (totals).
 */
export function planValues(planId: number, states: readonly ValueState[], kpiIds?: readonly number[]) {
  const ofKpis = kpiIds === undefined ? sql`` : sql`and k.id in (${sql.join(kpiIds)})`;
  return sql`
    select v.kpi_id, v.period, v.region_id, v.value, v.submitted_at
    from kpi k join kpi_value v on v.kpi_id = k.id
    where k.plan_id = ${planId} ${ofKpis} and v.region_id is null and v.state in (${sql.join(states)})
    union all
    select v.kpi_id, v.period, v.region_id, v.value, null
    from kpi k join kpi_value v on v.kpi_id = k.id
    where k.plan_id = ${planId} ${ofKpis} and v.region_id is not null and v.state in (${sql.join(states)})`;
}

/** KPIs per query of a whole plan's values on SQLite: one chunk of JSON text each. */
const KPIS_PER_CHUNK = 256;

/**
 * Values of a plan in the given states (null value rows, "no data" declarations, included), with their names
 * as the figures use them, past the camel-case mapping that would copy every row once more; handed to `take`
 * a chunk at a time, each chunk with every value of its KPIs. The whole plan's (hundreds of thousands of
 * rows) are read on SQLite as JSON text, a query per chunk of KPIs (no sort of the rows), on the reader thread
 * when the database has one (db/sqlite-reader.ts): a chunk is taken here while the next one is read.
 */
export async function readValues(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  kpiIds: readonly number[] | undefined,
  take: (rows: ValueRow[]) => void,
): Promise<void> {
  if (kpiIds === undefined && isSqlite(db)) return readPlanValuesAsJson(db, planId, states, take);
  const { rows } = await sql<ValueRow>`
    select kpi_id as "kpiId", period, region_id as "regionId", value, submitted_at as "submittedAt"
    from (${planValues(planId, states, kpiIds)}) as v`.execute(db.withoutPlugins());
  take(rows);
}

/** The values of readValues, all at once. */
export async function findValues(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  kpiIds?: readonly number[],
): Promise<ValueRow[]> {
  const rows: ValueRow[] = [];
  await readValues(db, planId, states, kpiIds, (chunk) => {
    for (const row of chunk) rows.push(row);
  });
  return rows;
}

const toValueRow = (c: unknown[]): ValueRow => ({
  kpiId: c[0] as number,
  period: c[1] as string,
  regionId: c[2] as number | null,
  value: c[3] as number | null,
  submittedAt: c[4] as string | null,
});

async function readPlanValuesAsJson(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  take: (rows: ValueRow[]) => void,
): Promise<void> {
  const ids = await db.selectFrom('kpi').select('id').where('planId', '=', planId).orderBy('id').execute();
  const queries: ReaderQuery[] = [];
  for (let i = 0; i < ids.length; i += KPIS_PER_CHUNK) {
    const chunk = ids.slice(i, i + KPIS_PER_CHUNK).map((k) => k.id);
    const { sql: text, parameters } = sql<JsonChunk>`
      select json_group_array(json_array(kpi_id, period, region_id, value, submitted_at)) as chunk
      from (${planValues(planId, states, chunk)})`.compile(db);
    queries.push({ sql: text, parameters });
  }
  if (queries.length === 0) return;
  const takeTexts = (texts: readonly unknown[]) =>
    take(
      rowsOfJsonChunks(
        texts.map((text) => ({ chunk: text as string })),
        toValueRow,
      ),
    );
  const reader = readerOf(db);
  if (reader) return reader.read(queries, takeTexts);
  const plain = db.withoutPlugins();
  for (const query of queries) {
    const compiled = CompiledQuery.raw(query.sql, [...query.parameters]);
    takeTexts((await plain.executeQuery<JsonChunk>(compiled)).rows.map((row) => row.chunk));
  }
}

/** KPI -> outcome -> priority -> Sector, for every link of the plan. */
export function findOutcomeLinks(db: Db, planId: number, kpiIds?: readonly number[]) {
  return db
    .selectFrom('kpiOutcome')
    .innerJoin('outcome', 'outcome.id', 'kpiOutcome.outcomeId')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
    .select([
      'kpiOutcome.kpiId',
      'outcome.id as outcomeId',
      'thematicPriority.id as priorityId',
      'thematicPriority.sectorId',
    ])
    .where('thematicPriority.planId', '=', planId)
    .$if(kpiIds !== undefined, (qb) => qb.where('kpiOutcome.kpiId', 'in', kpiIds as number[]))
    .execute();
}

/** KPI -> target -> goal. */
export function findTargetLinks(db: Db, planId: number, kpiIds?: readonly number[]) {
  return db
    .selectFrom('kpiTarget')
    .innerJoin('target', 'target.id', 'kpiTarget.targetId')
    .select(['kpiTarget.kpiId', 'target.id as targetId', 'target.goalId'])
    .where('target.planId', '=', planId)
    .$if(kpiIds !== undefined, (qb) => qb.where('kpiTarget.kpiId', 'in', kpiIds as number[]))
    .execute();
}

export function findRegions(db: Db) {
  return db.selectFrom('region').select(['id', 'code', 'name', 'retiredAt']).orderBy('sortOrder').execute();
}

/** KPIs of the plan changed after a revision (active or not), to refresh just those. */
export function findKpisChangedSince(db: Db, planId: number, revision: number) {
  return db
    .selectFrom('kpi')
    .select('id')
    .where('planId', '=', planId)
    .where('revision', '>', revision)
    .execute();
}
