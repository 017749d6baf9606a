// What the figures are compared with: the database's own cost, measured straight through the driver
// (better-sqlite3 or pg) with no server in between. Reading the rows the figures load for a plan (the same
// five queries as server/src/modules/figures/figures.repository.ts, approved values, as row objects built by
// the driver; on SQLite also with the values as JSON text, as the server reads them), and one audited
// write in one transaction: the upsert of a value, its audit row, the data revision raised and the KPI
// marked changed (what auditedWrite does around a PUT).
import { fork } from 'node:child_process';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { DEFAULT_SQLITE_SYNCHRONOUS, type DatabaseLocation } from '../../server/src/config.ts';

/** The index in PLAN_ROWS of the values' read. */
const VALUES_READ = 2;
const PLAN_ROWS = [
  `select k.id, k.code, k.name, k.unit, k.direction, k.aggregation, k.frequency, k.baseline_value,
     k.baseline_period, k.tolerance, k.weight, k.by_region, k.owner_priority_id, p.code as owner_priority_code,
     s.id as owner_sector_id, s.code as owner_sector_code
   from kpi k join thematic_priority p on p.id = k.owner_priority_id join sector s on s.id = p.sector_id
   where k.plan_id = ? and k.active = 1 order by k.code`,
  `select t.kpi_id, t.year, t.value from kpi_annual_target t join kpi k on k.id = t.kpi_id
   where k.plan_id = ? order by t.year`,
  // the plan's values found from its KPIs, totals and regional values apart (each by its unique index)
  `select v.kpi_id, v.period, v.region_id, v.value, v.submitted_at from kpi k join kpi_value v
     on v.kpi_id = k.id where k.plan_id = ? and v.region_id is null and v.state in ('approved')
   union all
   select v.kpi_id, v.period, v.region_id, v.value, null from kpi k join kpi_value v
     on v.kpi_id = k.id where k.plan_id = ? and v.region_id is not null and v.state in ('approved')`,
  `select l.kpi_id, o.id as outcome_id, p.id as priority_id, p.sector_id from kpi_outcome l
   join outcome o on o.id = l.outcome_id join thematic_priority p on p.id = o.priority_id where p.plan_id = ?`,
  `select l.kpi_id, t.id as target_id, t.goal_id from kpi_target l join target t on t.id = l.target_id
   where t.plan_id = ?`,
];

/** KPIs per query of the values read as JSON text, as in figures.repository.ts. */
const KPIS_PER_CHUNK = 64;

/** The quarter index of a value's period, as figures.repository.ts computes it. */
const QUARTER_INDEX = `case when v.period glob '[0-9][0-9][0-9][0-9]-Q[1-4]'
  then cast(substr(v.period, 1, 4) as integer) * 4 + cast(substr(v.period, 7, 1) as integer) - 1 end`;

/** The values of some KPIs grouped per KPI, as figures.repository.ts groupedPlanValues reads them. */
const groupedValues = (kpis: number) => `select '[' || group_concat(part, ',') || ']' as chunk from (
    select json_array(k.id,
      (select json_array(
          json_group_array(json_object('period', v.period, 'value', v.value)) filter (where v.value is not null),
          json_group_array(json_array(v.period, v.submitted_at)))
        from kpi_value v where v.kpi_id = k.id and v.region_id is null and v.state in ('approved')),
      (select json_array(json_group_array(v.region_id), json_group_array(${QUARTER_INDEX}), json_group_array(v.value))
        from kpi_value v
        where v.kpi_id = k.id and v.region_id is not null and v.state in ('approved') and v.value is not null)) as part
    from kpi k where k.plan_id = ? and k.id in (${Array.from({ length: kpis }, () => '?').join(', ')}))`;

/**
 * The values as the server reads them on SQLite (figures.repository.ts): the plan's KPIs, then one query per
 * 64 of them, its values as one JSON text grouped per KPI, parsed. (The server runs these queries on its reader thread,
 * db/sqlite-reader.ts; here they run one after the other on this thread: the plain cost of reading.)
 */
function readSqliteValuesAsJson(prepare: (text: string) => SqliteDatabase.Statement, planId: number): number {
  const ids = prepare('select id from kpi where plan_id = ? order by id').pluck().all(planId) as number[];
  let rows = 0;
  for (let i = 0; i < ids.length; i += KPIS_PER_CHUNK) {
    const chunk = ids.slice(i, i + KPIS_PER_CHUNK);
    const json = prepare(groupedValues(chunk.length))
      .pluck()
      .get(planId, ...chunk) as string | null;
    const groups = json === null ? [] : (JSON.parse(json) as [number, [unknown[], unknown[]], unknown[][]][]);
    // a KPI's reported totals (with a value or not) and its regional values
    for (const [, [, reported], [regions]] of groups) rows += reported.length + (regions?.length ?? 0);
  }
  return rows;
}

/** The plan's id once for each of the query's parameters (the values' read names it twice). */
const planParameters = (text: string, planId: number | undefined) =>
  Array.from(text.matchAll(/\?/g), () => planId);

/** SQLite: reads the plan's rows through `prepare` (the values as JSON text or not); how many there are. */
function readSqliteRows(
  prepare: (text: string) => SqliteDatabase.Statement,
  planId: number,
  valuesAsJson: boolean,
): number {
  let rows = 0;
  for (const [n, text] of PLAN_ROWS.entries()) {
    if (n === VALUES_READ && valuesAsJson) rows += readSqliteValuesAsJson(prepare, planId);
    else rows += prepare(text).all(...planParameters(text, planId)).length;
  }
  return rows;
}

const UPSERT = `insert into kpi_value (kpi_id, period, region_id, value, state, version, entered_at)
  values (?, ?, null, ?, 'draft', 1, ?)
  on conflict (kpi_id, period) where region_id is null
  do update set value = excluded.value, state = 'draft', version = kpi_value.version + 1, entered_at = excluded.entered_at
  returning id, version`;
const AUDIT = `insert into audit_log (at, actor_id, actor, action, entity, entity_id, before_json, after_json, reason)
  values (?, null, 'bench', 'value.update', 'kpi_value', ?, null, ?, null)`;
const BUMP = 'update data_revision set revision = revision + 1 where id = 1 returning revision';
const MARK = 'update kpi set revision = ? where id = ?';

const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export interface RawCosts {
  /** Milliseconds to read the plan's rows (median of 3, in this process once warm), and how many rows that is. */
  readMs: number;
  /** The CPU time of this process in that read (median of 3): on PostgreSQL without the server's own work. */
  readCpuMs: number;
  rows: number;
  /** Microseconds per audited upsert, each in its own transaction, committed as the server's default does. */
  upsertUs: number;
  /** SQLite only: the same with synchronous = NORMAL (no sync to disk at each commit). */
  upsertNormalUs?: number;
}

/** Reads the plan's rows three times: the median wall and CPU milliseconds, and how many rows there are. */
async function timeReads(read: () => number | Promise<number>) {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    rows = await read();
    samples.push(performance.now() - started);
    cpuSamples.push(cpuMs(cpu));
  }
  return { readMs: median(samples), readCpuMs: median(cpuSamples), rows };
}

async function sqliteCosts(
  file: string,
  planCode: string,
  kpiIds: readonly number[],
  writes: number,
): Promise<RawCosts> {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  try {
    const { id: planId } = sqlite.prepare('select id from plan where code = ?').get(planCode) as {
      id: number;
    };
    const statements = new Map<string, SqliteDatabase.Statement>();
    const prepared = (text: string) => {
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = sqlite.prepare(text)));
      return statement;
    };
    const read = await timeReads(() => readSqliteRows(prepared, planId, false));
    const [upsert, audit, bump, mark] = [UPSERT, AUDIT, BUMP, MARK].map((text) => sqlite.prepare(text));
    const write = sqlite.transaction((kpiId: number, value: number) => {
      const at = new Date().toISOString();
      const row = upsert!.get(kpiId, '2024-Q4', value, at) as { id: number; version: number };
      audit!.run(at, String(row.id), JSON.stringify({ value, version: row.version }));
      const { revision } = bump!.get() as { revision: number };
      mark!.run(revision, kpiId);
    });
    const timed = (synchronous: 'FULL' | 'NORMAL', base: number) => {
      sqlite.pragma(`synchronous = ${synchronous}`);
      write.immediate(kpiIds[0] as number, base); // the statements' first run, outside the timing
      const started = performance.now();
      for (let i = 0; i < writes; i++) write.immediate(kpiIds[i % kpiIds.length] as number, base + i / 1000);
      return ((performance.now() - started) * 1000) / writes;
    };
    // the server's default first (every commit synced to disk), then NORMAL for comparison
    const upsertUs = timed(DEFAULT_SQLITE_SYNCHRONOUS, 70);
    return { ...read, upsertUs, upsertNormalUs: timed('NORMAL', 80) };
  } finally {
    sqlite.close();
  }
}

async function postgresCosts(url: string, planCode: string, kpiIds: readonly number[], writes: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const plan = await client.query<{ id: number }>('select id from plan where code = $1', [planCode]);
    const planId = plan.rows[0]?.id;
    const read = await timeReads(async () => {
      let rows = 0;
      // named statements: parsed and planned once per connection, the cheapest reading pg offers
      for (const [n, text] of PLAN_ROWS.entries()) {
        rows +=
          (
            await client.query({
              name: `read${n}`,
              text: numbered(text),
              values: planParameters(text, planId),
            })
          ).rowCount ?? 0;
      }
      return rows;
    });
    const write = async (kpiId: number, value: number) => {
      const at = new Date().toISOString();
      await client.query('BEGIN');
      const upserted = await client.query<{ id: number; version: number }>({
        name: 'upsert',
        text: numbered(UPSERT),
        values: [kpiId, '2024-Q4', value, at],
      });
      const row = upserted.rows[0] as { id: number; version: number };
      await client.query({
        name: 'audit',
        text: numbered(AUDIT),
        values: [at, String(row.id), JSON.stringify(row)],
      });
      const bumped = await client.query<{ revision: number }>({ name: 'bump', text: BUMP });
      await client.query({ name: 'mark', text: numbered(MARK), values: [bumped.rows[0]?.revision, kpiId] });
      await client.query('COMMIT');
    };
    await write(kpiIds[0] as number, 1);
    const started = performance.now();
    for (let i = 0; i < writes; i++) await write(kpiIds[i % kpiIds.length] as number, 70 + i / 1000);
    return { ...read, upsertUs: ((performance.now() - started) * 1000) / writes };
  } finally {
    await client.end();
  }
}

export interface ColdRead {
  /** Milliseconds from opening the connection to the last row of the plan's five queries. */
  ms: number;
  /** The CPU milliseconds of the process in that time. */
  cpuMs: number;
  rows: number;
}

/** In this process, fresh: opens the database, reads the plan's rows once through the driver, closes. */
export async function readPlanRowsOnce(
  location: DatabaseLocation,
  planCode: string,
  valuesAsJson = false,
): Promise<ColdRead> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let rows = 0;
  if (location.dialect === 'sqlite') {
    const sqlite = new SqliteDatabase(location.file, { readonly: true });
    try {
      const plan = sqlite.prepare('select id from plan where code = ?').get(planCode) as { id: number };
      rows = readSqliteRows((text) => sqlite.prepare(text), plan.id, valuesAsJson);
    } finally {
      sqlite.close();
    }
  } else {
    // as the server's pool does: a connection, then unnamed statements
    const client = new pg.Client({ connectionString: location.connectionString });
    await client.connect();
    try {
      const plan = await client.query<{ id: number }>('select id from plan where code = $1', [planCode]);
      for (const text of PLAN_ROWS)
        rows += (await client.query(numbered(text), planParameters(text, plan.rows[0]?.id))).rowCount ?? 0;
    } finally {
      await client.end();
    }
  }
  return { ms: performance.now() - started, cpuMs: cpuMs(cpu), rows };
}

/**
 * The first read of the plan's rows in each of `processes` fresh processes (cold-read.ts): the median
 * milliseconds and CPU, like for like with a fresh server's first dashboard.
 */
export async function coldRead(
  location: DatabaseLocation,
  planCode: string,
  { processes = 3, valuesAsJson = false } = {},
): Promise<ColdRead> {
  const reads: ColdRead[] = [];
  for (let i = 0; i < processes; i++) {
    const child = fork(path.join(import.meta.dirname, 'cold-read.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        RBM_COLD_READ_LOCATION: JSON.stringify(location),
        RBM_COLD_READ_PLAN: planCode,
        RBM_COLD_READ_JSON: valuesAsJson ? '1' : '',
      },
      stdio: 'inherit',
    });
    reads.push(
      await new Promise<ColdRead>((resolve, reject) => {
        child.once('message', (m) => resolve(m as ColdRead));
        child.once('exit', (code) => reject(new Error(`cold read exited with ${code}`)));
      }),
    );
  }
  return {
    ms: median(reads.map((r) => r.ms)),
    cpuMs: median(reads.map((r) => r.cpuMs)),
    rows: reads[0]?.rows ?? 0,
  };
}

/** Raw costs on the plan `planCode` at `location`; writes go to the KPIs' totals in 2024-Q4. */
export function measureRawCosts(
  location: DatabaseLocation,
  planCode: string,
  kpiIds: readonly number[],
  writes = 2000,
): Promise<RawCosts> {
  return location.dialect === 'postgres'
    ? postgresCosts(location.connectionString, planCode, kpiIds, writes)
    : sqliteCosts(location.file, planCode, kpiIds, writes);
}
