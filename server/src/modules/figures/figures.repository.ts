// Every query the figures stand on: the active plan, a plan's KPIs, annual targets, values and links, and
// the groups they are rolled up by, each in one query.
import type { ValueState } from '@rbm/shared';
import { CompiledQuery, sql, type Compilable } from 'kysely';
import { isSqlite, readerOf, type Db } from '../../db/connection.ts';
import { asJsonRows, readJsonRows, rowsOfJsonChunks, type JsonChunk } from '../../db/json-rows.ts';
import { prepareQuery, type PreparedQuery } from '../../db/prepared.ts';
import type { ReaderQuery } from '../../db/sqlite-reader.ts';
import {
  valuesByKpi,
  valuesOfGroups,
  type GroupedKpiValues,
  type KpiValues,
  type ValueRow,
} from './kpi-values.ts';

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

/** The plan's active KPIs (of these only, if given), with their owner's codes. */
function measuredKpisQuery(db: Db, planId: number, kpiIds?: readonly number[]) {
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
    .orderBy('kpi.code');
}

function annualTargetsQuery(db: Db, planId: number, kpiIds?: readonly number[]) {
  return db
    .selectFrom('kpiAnnualTarget')
    .innerJoin('kpi', 'kpi.id', 'kpiAnnualTarget.kpiId')
    .select(['kpiAnnualTarget.kpiId', 'kpiAnnualTarget.year', 'kpiAnnualTarget.value'])
    .where('kpi.planId', '=', planId)
    .$if(kpiIds !== undefined, (qb) => qb.where('kpi.id', 'in', kpiIds as number[]))
    .orderBy('kpiAnnualTarget.year');
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

/**
 * KPIs per query of a whole plan's values on SQLite: one chunk of JSON text each. Small, so that the first
 * chunk is there while this thread still reads the KPIs, and reading and sorting out overlap from the start
 * (a fresh process's first load of 500 KPIs: 160 ms in chunks of 64, 194 ms in chunks of 256).
 */
export const KPIS_PER_CHUNK = 64;

/** SQLite: the quarter index of `v.period` (year * 4 + quarter - 1, as quarterIndexOf); null for other text. */
const QUARTER_INDEX = sql`case when v.period glob '[0-9][0-9][0-9][0-9]-Q[1-4]'
  then cast(substr(v.period, 1, 4) as integer) * 4 + cast(substr(v.period, 7, 1) as integer) - 1 end`;

/**
 * SQLite: the values of some of a plan's KPIs as one JSON text, a group per KPI (kpi-values.ts
 * GroupedKpiValues), each found through the KPI's unique indexes: its totals as {period, value} objects and
 * its reported quarters as [period, submitted at]; its regional values as three lists side by side (region,
 * quarter index, value). JSON.parse builds the totals and the lists: in JavaScript nothing is left to do per
 * value but a region's value put in its region's map. Read so, a 500-KPI plan's values take about as long to
 * read and parse as their rows as one flat JSON text, and about half the time to sort out. (With periods
 * instead, and quarterIndexOf on this thread, a fresh server's first dashboard took longer: 241 against 219 ms,
 * medians of twelve; the reader thread has time to spare, this one has not.)
 */
export function groupedPlanValues(planId: number, states: readonly ValueState[], kpiIds: readonly number[]) {
  const inStates = sql`v.state in (${sql.join(states)})`;
  return sql<JsonChunk>`
    select '[' || group_concat(part, ',') || ']' as chunk from (
      select json_array(k.id,
        (select json_array(
            json_group_array(json_object('period', v.period, 'value', v.value)) filter (where v.value is not null),
            json_group_array(json_array(v.period, v.submitted_at)))
          from kpi_value v where v.kpi_id = k.id and v.region_id is null and ${inStates}),
        (select json_array(json_group_array(v.region_id), json_group_array(${QUARTER_INDEX}), json_group_array(v.value))
          from kpi_value v
          where v.kpi_id = k.id and v.region_id is not null and ${inStates} and v.value is not null)) as part
      from kpi k where k.plan_id = ${planId} and k.id in (${sql.join(kpiIds)}))`;
}

/**
 * PostgreSQL: the values of some of a plan's KPIs a row per KPI, grouped as groupedPlanValues groups them on
 * SQLite (json_agg for json_group_array): the driver parses one JSON value per KPI instead of a row per value.
 * Regional values name their period, not its quarter index: computed there with a regular expression and
 * casts, it took PostgreSQL 60-75 of the 130-150 ms it spent on a 500-KPI plan's regional values.
 */
export function groupedPlanValuesOnPostgres(
  planId: number,
  states: readonly ValueState[],
  kpiIds: readonly number[],
) {
  const inStates = sql`v.state in (${sql.join(states)})`;
  return sql<{ values: GroupedKpiValues }>`
    select json_build_array(k.id,
      (select json_build_array(
          coalesce(json_agg(json_build_object('period', v.period, 'value', v.value))
            filter (where v.value is not null), '[]'),
          coalesce(json_agg(json_build_array(v.period, v.submitted_at)), '[]'))
        from kpi_value v where v.kpi_id = k.id and v.region_id is null and ${inStates}),
      (select json_build_array(coalesce(json_agg(v.region_id), '[]'),
          coalesce(json_agg(v.period), '[]'), coalesce(json_agg(v.value), '[]'))
        from kpi_value v
        where v.kpi_id = k.id and v.region_id is not null and ${inStates} and v.value is not null)) as "values"
    from kpi k where k.plan_id = ${planId} and k.id = any(${kpiIds})`;
}

/**
 * Values of a plan in the given states (null value rows, "no data" declarations, included), sorted out per KPI
 * (kpi-values.ts) and handed to `take` a chunk at a time, each chunk with every value of its KPIs. The whole
 * plan's (hundreds of thousands of values) are read grouped per KPI, a query per chunk of KPIs: on SQLite as
 * JSON text (groupedPlanValues), on the reader thread when the database has one (db/sqlite-reader.ts); on
 * PostgreSQL a JSON value per KPI (groupedPlanValuesOnPostgres). A chunk is taken here while the next one is
 * read.
 */
export async function readValues(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  kpiIds: readonly number[] | undefined,
  take: (values: Map<number, KpiValues>) => void,
): Promise<void> {
  if (kpiIds === undefined && isSqlite(db)) return readPlanValuesAsJson(db, planId, states, take);
  if (kpiIds === undefined) return readPlanValuesOnPostgres(db, planId, states, take);
  const { rows } = await sql<ValueRow>`
    select kpi_id as "kpiId", period, region_id as "regionId", value, submitted_at as "submittedAt"
    from (${planValues(planId, states, kpiIds)}) as v`.execute(db.withoutPlugins());
  take(valuesByKpi(rows));
}

/** The values of readValues, all at once. */
export async function findKpiValues(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  kpiIds?: readonly number[],
): Promise<Map<number, KpiValues>> {
  const all = new Map<number, KpiValues>();
  await readValues(db, planId, states, kpiIds, (chunk) => {
    for (const [id, values] of chunk) all.set(id, values);
  });
  return all;
}

const planKpiIdsQuery = prepareQuery((db, p: { planId: number }) =>
  db.selectFrom('kpi').select('id').where('planId', '=', p.planId).orderBy('id'),
);

/** The names of a chunk's KPI ids and of the states in a prepared chunk query (id0, id1...; state0...). */
const ID_NAMES = Array.from({ length: KPIS_PER_CHUNK }, (_, i) => `id${i}`);
const stateNames = (count: number) => Array.from({ length: count }, (_, i) => `state${i}`);
type ChunkValues = Record<string, number | string | null>;

/**
 * groupedPlanValues for a full chunk, compiled once per number of states: a plan of 32,000 KPIs has 500
 * chunks, whose compiling one by one (58 ms) held the reader back until the last was done. A last chunk
 * that is not full names null for the ids it lacks (never equal to a KPI's id).
 */
const chunkQueries = new Map<number, PreparedQuery<ChunkValues, JsonChunk>>();
function chunkQuery(stateCount: number): PreparedQuery<ChunkValues, JsonChunk> {
  let query = chunkQueries.get(stateCount);
  if (!query) {
    query = prepareQuery((db, p: ChunkValues) => {
      const raw = groupedPlanValues(
        p.planId as number,
        stateNames(stateCount).map((name) => p[name] as ValueState),
        ID_NAMES.map((name) => p[name] as number),
      );
      return { compile: () => raw.compile(db) };
    });
    chunkQueries.set(stateCount, query);
  }
  return query;
}

/** SQLite: a whole plan's values as grouped JSON reads, a chunk of its KPIs each (groupedPlanValues). */
async function planValueQueries(
  db: Db,
  planId: number,
  states: readonly ValueState[],
): Promise<ReaderQuery[]> {
  const ids = await planKpiIdsQuery.execute(db, { planId });
  const query = chunkQuery(states.length);
  const values: ChunkValues = { planId };
  for (const [i, state] of stateNames(states.length).entries()) values[state] = states[i] as string;
  const queries: ReaderQuery[] = [];
  for (let i = 0; i < ids.length; i += KPIS_PER_CHUNK) {
    for (const [j, name] of ID_NAMES.entries()) values[name] = ids[i + j]?.id ?? null;
    queries.push(query.withValues(db, values));
  }
  return queries;
}

/** The values of grouped JSON texts handed to `take`; a text is null only when none of its KPIs is left. */
function takeGroups(texts: readonly unknown[], take: (values: Map<number, KpiValues>) => void): void {
  for (const text of texts)
    if (typeof text === 'string') take(valuesOfGroups(JSON.parse(text) as GroupedKpiValues[]));
}

/**
 * PostgreSQL: a whole plan's values a chunk of its KPIs at a time (groupedPlanValuesOnPostgres), the next
 * chunk asked for before this one is handed to `take`, so that the database groups the next while this
 * thread sorts out this one. (As one query, a 500-KPI plan's values came after 110-150 ms of the database's
 * work, JIT-compiled, and only then was anything sorted out.)
 */
async function readPlanValuesOnPostgres(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  take: (values: Map<number, KpiValues>) => void,
): Promise<void> {
  const ids = (await planKpiIdsQuery.execute(db, { planId })).map((row) => row.id);
  const plain = db.withoutPlugins();
  const chunk = (from: number) =>
    groupedPlanValuesOnPostgres(planId, states, ids.slice(from, from + KPIS_PER_CHUNK)).execute(plain);
  let next = ids.length > 0 ? chunk(0) : undefined;
  for (let from = 0; next !== undefined; from += KPIS_PER_CHUNK) {
    const { rows } = await next;
    next = from + KPIS_PER_CHUNK < ids.length ? chunk(from + KPIS_PER_CHUNK) : undefined;
    next?.catch(() => undefined); // awaited on the next turn, unless `take` throws first
    take(valuesOfGroups(rows.map((row) => row.values)));
  }
}

async function readPlanValuesAsJson(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  take: (values: Map<number, KpiValues>) => void,
): Promise<void> {
  const queries = await planValueQueries(db, planId, states);
  const reader = readerOf(db);
  if (reader) return reader.read(queries, (texts) => takeGroups(texts, take));
  const plain = db.withoutPlugins();
  for (const query of queries) {
    const compiled = CompiledQuery.raw(query.sql, [...query.parameters]);
    takeGroups(
      (await plain.executeQuery<JsonChunk>(compiled)).rows.map((row) => row.chunk),
      take,
    );
  }
}

function outcomeLinksQuery(db: Db, planId: number, kpiIds?: readonly number[]) {
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
    .$if(kpiIds !== undefined, (qb) => qb.where('kpiOutcome.kpiId', 'in', kpiIds as number[]));
}

function targetLinksQuery(db: Db, planId: number, kpiIds?: readonly number[]) {
  return db
    .selectFrom('kpiTarget')
    .innerJoin('target', 'target.id', 'kpiTarget.targetId')
    .select(['kpiTarget.kpiId', 'target.id as targetId', 'target.goalId'])
    .where('target.planId', '=', planId)
    .$if(kpiIds !== undefined, (qb) => qb.where('kpiTarget.kpiId', 'in', kpiIds as number[]));
}

type RowOf<Q extends { execute: () => Promise<unknown[]> }> = Awaited<ReturnType<Q['execute']>>[number];

/** What a plan's measurement starts from: its active KPIs, their annual targets and their links. */
export interface PlanDefinitions {
  kpis: RowOf<ReturnType<typeof measuredKpisQuery>>[];
  targets: RowOf<ReturnType<typeof annualTargetsQuery>>[];
  /** KPI -> outcome -> priority -> Sector, for every link. */
  outcomeLinks: RowOf<ReturnType<typeof outcomeLinksQuery>>[];
  /** KPI -> target -> goal. */
  targetLinks: RowOf<ReturnType<typeof targetLinksQuery>>[];
}

function definitionQueries(db: Db, planId: number, kpiIds?: readonly number[]) {
  return [
    measuredKpisQuery(db, planId, kpiIds),
    annualTargetsQuery(db, planId, kpiIds),
    outcomeLinksQuery(db, planId, kpiIds),
    targetLinksQuery(db, planId, kpiIds),
  ] as const;
}

/**
 * The rows of a definitions' query read on this thread: as they come on SQLite (a transaction's, or a
 * database in memory), as JSON text on PostgreSQL (json-rows.ts), whose rows a fresh server parses slowly.
 */
function definitionRows<O>(db: Db, query: Compilable<O> & { execute(): Promise<O[]> }): Promise<O[]> {
  if (isSqlite(db)) return query.execute();
  return readJsonRows<O>(db, asJsonRows(query.compile(), 'postgres'));
}

/** A plan's reads under way: its definitions, and its values (all handed over when it resolves). */
export interface PlanRead {
  definitions: Promise<PlanDefinitions>;
  values: Promise<void>;
}

/**
 * Reads what a plan's measurement is made of (of these KPIs only, if given): its definitions, and its values
 * in the given states handed to `take` a chunk of KPIs at a time (readValues). A whole plan on SQLite with a
 * reader thread is read there, in one read transaction (one snapshot): the definitions first, as JSON text
 * (db/json-rows.ts), then the values' chunks; this thread parses them while the reader reads on. Otherwise the
 * definitions are read here, beside the values.
 */
export function readPlan(
  db: Db,
  planId: number,
  states: readonly ValueState[],
  kpiIds: readonly number[] | undefined,
  take: (values: Map<number, KpiValues>) => void,
): PlanRead {
  const reader = kpiIds === undefined ? readerOf(db) : undefined;
  if (!reader) {
    const values = readValues(db, planId, states, kpiIds, take);
    const [kpis, targets, outcomeLinks, targetLinks] = definitionQueries(db, planId, kpiIds);
    const definitions = Promise.all([
      definitionRows(db, kpis),
      definitionRows(db, targets),
      definitionRows(db, outcomeLinks),
      definitionRows(db, targetLinks),
    ]).then(([k, t, o, l]) => ({ kpis: k, targets: t, outcomeLinks: o, targetLinks: l }));
    return { definitions, values };
  }
  const asJson = definitionQueries(db, planId).map((query) => asJsonRows(query.compile()));
  let found: (definitions: PlanDefinitions) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const definitions = new Promise<PlanDefinitions>((resolve, reject) => {
    found = resolve;
    failed = reject;
  });
  const read = async () => {
    const queries: ReaderQuery[] = asJson.map(({ query }) => ({
      sql: query.sql,
      parameters: query.parameters,
    }));
    queries.push(...(await planValueQueries(db, planId, states)));
    const rows: unknown[][] = [];
    await reader.read(queries, (texts, index) => {
      const json = asJson[index];
      if (json === undefined) return takeGroups(texts, take);
      rows[index] = rowsOfJsonChunks(
        texts.map((chunk) => ({ chunk: chunk as string })),
        json.toRow,
      );
      if (index === asJson.length - 1) {
        const [k, t, o, l] = rows;
        found({ kpis: k, targets: t, outcomeLinks: o, targetLinks: l } as PlanDefinitions);
      }
    });
  };
  const values = read();
  values.catch(failed); // the definitions are found first: a read that fails later leaves them found
  return { definitions, values };
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
