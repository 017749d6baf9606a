// How the product grows with its data (issue 19): plans of 500 to 32,000 KPIs (16 quarters x 7 values
// each), on SQLite and on PostgreSQL, each served from a child process and measured the same way: the first
// dashboard, dashboard p95 under load, the dashboard after one write, audited PUTs (with server CPU each),
// batches of 1,000 cells through POST /api/values/batch, the server's memory, and beside them the
// database's own cost of reading the plan's rows and of one audited upsert (support/raw-costs.ts).
// RBM_BENCH_SIZES=500,2000 picks the sizes; RBM_BENCH_PG_URL the PostgreSQL server.
import os from 'node:os';
import { createDb } from '../server/src/db/connection.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import { freshDatabase, PG_ADMIN_URL, postgresUnavailable } from './support/bench-databases.ts';
import { BATCH_CELLS, BATCHES, batchedWrites, type Slot } from './support/batched-writes.ts';
import { load, putValues, startBenchServer } from './support/bench-server.ts';
import {
  ALL_QUARTERS,
  BENCH_PLAN,
  buildLargeDataset,
  OPEN_QUARTER,
  REGIONS,
} from './support/large-dataset.ts';
import { coldRead, measureRawCosts } from './support/raw-costs.ts';

const PORT = 3997;
const DASHBOARD_S = 5;
const PUTS = 2000;
/** Rounds of PUTS writes before the counted one: 6,000, as many as the writes bench's 5,000 and more. */
const WARM_UP_PUT_ROUNDS = 3;
const SIZES = (process.env.RBM_BENCH_SIZES ?? '500,2000,8000,32000').split(',').map(Number);
/** Past 8,000 KPIs the plan keeps its last 8 quarters: 16 would put 3.6 million values in one server's memory. */
const quartersFor = (kpis: number) => (kpis > 8000 ? 8 : ALL_QUARTERS.length);

interface Measured {
  dialect: string;
  kpis: number;
  quarters: number;
  values: number;
  buildS: number;
  readMs: number;
  readCpuMs: number;
  /** The first read of the rows in a fresh process, connection included (median of 3 processes). */
  coldReadMs: number;
  coldReadCpuMs: number;
  /** SQLite: the first read with the values as JSON text, as the server reads them (median of 3 processes). */
  coldJsonMs: number | null;
  /** The first dashboard of a fresh server (median of 3 servers). */
  coldMs: number;
  coldCpuMs: number;
  p95: number;
  rps: number;
  afterWriteMs: number;
  afterWriteCpuMs: number;
  puts: number;
  putCpuUs: number;
  batch: string;
  rssMb: number;
  maxRssMb: number;
  upsertUs: number;
  upsertNormalUs: number | undefined;
  errors: number;
  /** The machine's load average over the last minute when the row was done. */
  load: number;
}

/** The dashboard every measurement asks for. */
const DASHBOARD_PATH = `/api/dashboard?plan=${BENCH_PLAN}&period=2024-Q3`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The first dashboard of each of three fresh servers: the median wall and server CPU milliseconds. */
async function firstDashboards(databaseUrl: string, auth: Record<string, string>) {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const server = await startBenchServer(databaseUrl, PORT);
    try {
      const cpu = (await server.usage()).cpu;
      const started = performance.now();
      const answer = await fetch(`${server.url}${DASHBOARD_PATH}`, { headers: auth });
      await answer.text();
      ms.push(performance.now() - started);
      if (!answer.ok) throw new Error(`dashboard answered ${answer.status}`);
      cpuMs.push(((await server.usage()).cpu - cpu) / 1000);
    } finally {
      await server.stop();
    }
  }
  return { ms: median(ms), cpuMs: median(cpuMs) };
}

async function measure(dialect: 'sqlite' | 'postgres', kpis: number): Promise<Measured> {
  const database = await freshDatabase(dialect);
  try {
    const quarters = quartersFor(kpis);
    const db = createDb(database.location);
    const started = performance.now();
    const { kpiIds, values } = await buildLargeDataset(db, database.location, { kpis, quarters });
    const buildS = (performance.now() - started) / 1000;
    const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
    // Values are written as planners write them: by a planner, whose every write checks the KPI against the
    // priorities of their scope (here every Sector's).
    const sectors = (await db.selectFrom('sector').select('code').execute()).map((s) => s.code);
    const planner = await createUser(db, { username: 'bench-planner', role: 'planner', sectors });
    const plannerToken = await createApiToken(db, planner);
    await db.destroy();
    const auth = { authorization: `Bearer ${token}` };
    const plannerAuth = { authorization: `Bearer ${plannerToken}` };
    const slots: Slot[] = kpiIds.flatMap((id) => [null, ...REGIONS].map((region) => ({ id, region })));
    const versions = slots.map(() => 1);
    let errors = 0;

    // The first dashboard of a fresh server, and the first read of the plan's rows in a fresh process, each
    // three times (the medians), before any write.
    const first = await firstDashboards(database.url, auth);
    const coldRows = await coldRead(database.location, BENCH_PLAN);
    // on SQLite, the same with the values as JSON text grouped per KPI and region, as the server reads them
    const coldJson =
      dialect === 'sqlite' ? await coldRead(database.location, BENCH_PLAN, { valuesAsJson: true }) : null;

    const server = await startBenchServer(database.url, PORT);
    let measured: Omit<Measured, 'readMs' | 'readCpuMs' | 'upsertUs' | 'upsertNormalUs' | 'load'>;
    try {
      const dashboardUrl = `${server.url}${DASHBOARD_PATH}`;
      await (await fetch(dashboardUrl, { headers: auth })).text();
      const afterLoad = await server.usage();
      const dashboard = await load({ url: dashboardUrl, duration: DASHBOARD_S, headers: auth });
      errors += dashboard.non2xx;

      // one write, then the dashboard: three times, the median
      const afterWrite: number[] = [];
      const afterWriteCpu: number[] = [];
      for (let round = 0; round < 3; round++) {
        const slot = slots[0] as Slot;
        const put = await fetch(`${server.url}/api/kpis/${slot.id}/values/${OPEN_QUARTER}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...plannerAuth },
          body: JSON.stringify({ value: 61 + round, version: versions[0] }),
        });
        if (!put.ok) throw new Error(`PUT answered ${put.status}: ${await put.text()}`);
        versions[0] = (versions[0] as number) + 1;
        const cpu = (await server.usage()).cpu;
        const refresh = performance.now();
        await (await fetch(dashboardUrl, { headers: auth })).text();
        afterWrite.push(performance.now() - refresh);
        afterWriteCpu.push(((await server.usage()).cpu - cpu) / 1000);
      }

      // The PUTs counted once warm, as the writes bench counts them: first WARM_UP_PUT_ROUNDS rounds on the same
      // cells, not counted (V8 optimises the write path over a server's first few thousand writes: on 7
      // December, 2,000 PUTs at a time on a 500-KPI plan, 597, 309, 268, 207, 212 and 200 µs of server CPU
      // each). Values of two decimals, never a stored one (one decimal), and another each round: a value saved
      // again is not written, and its cell would keep the version the next round sends as its expected one.
      const putSlots = slots.slice(1, 1 + Math.min(PUTS, slots.length - 1));
      const putRound = (round: number) =>
        putValues(server.url, plannerAuth, OPEN_QUARTER, putSlots, (i) => round + 50.05 + (i % 40), round);
      for (let round = 1; round <= WARM_UP_PUT_ROUNDS; round++) errors += (await putRound(round)).non2xx;
      const cpuBefore = (await server.usage()).cpu;
      const writes = await putRound(WARM_UP_PUT_ROUNDS + 1);
      const putCpuUs = ((await server.usage()).cpu - cpuBefore) / writes.total;
      errors += writes.non2xx;

      // the batches take the slots after the PUTs' (see batchedWrites)
      const batch = await batchedWrites(server, plannerAuth, slots, versions, 1 + putSlots.length);
      errors += batch.errors;
      const end = await server.usage();
      measured = {
        dialect: dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL',
        kpis,
        quarters,
        values,
        buildS,
        coldMs: first.ms,
        coldCpuMs: first.cpuMs,
        coldReadMs: coldRows.ms,
        coldReadCpuMs: coldRows.cpuMs,
        coldJsonMs: coldJson?.ms ?? null,
        p95: dashboard.p95,
        rps: dashboard.rps,
        afterWriteMs: median(afterWrite),
        afterWriteCpuMs: median(afterWriteCpu),
        puts: writes.rps,
        putCpuUs,
        batch: batch.text,
        rssMb: afterLoad.rss / 2 ** 20,
        maxRssMb: end.maxRss / 2 ** 20,
        errors,
      };
    } finally {
      await server.stop();
    }
    const raw = await measureRawCosts(database.location, BENCH_PLAN, kpiIds);
    return {
      ...measured,
      readMs: raw.readMs,
      readCpuMs: raw.readCpuMs,
      upsertUs: raw.upsertUs,
      upsertNormalUs: raw.upsertNormalUs,
      load: os.loadavg()[0] ?? Number.NaN,
    };
  } finally {
    await database.drop();
  }
}

const HEADER =
  '| database | KPIs | values | build | raw read of the rows, warm (CPU) | first read in a fresh process (CPU) | first dashboard of a fresh server (server CPU) | first dashboard / first read (/ warm read) | first read, values as JSON (first dashboard / it) | dashboard p95 (req/s) | after one write (server CPU) | audited PUT | server CPU per PUT | batches of 1,000 cells | server RSS after load (peak) | raw audited upsert | errors | load |\n' +
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |';

const n = (x: number) => Math.round(x).toLocaleString('en');

function row(m: Measured): string {
  const quarters = m.quarters === ALL_QUARTERS.length ? '' : ` (${m.quarters} quarters)`;
  const normal = m.upsertNormalUs === undefined ? '' : ` (NORMAL: ${n(m.upsertNormalUs)} µs)`;
  return (
    `| ${m.dialect} | ${n(m.kpis)}${quarters} | ${n(m.values)} | ${m.buildS.toFixed(1)} s | ${n(m.readMs)} ms (${n(m.readCpuMs)}) ` +
    `| ${n(m.coldReadMs)} ms (${n(m.coldReadCpuMs)}) | ${n(m.coldMs)} ms (${n(m.coldCpuMs)}) ` +
    `| ${(m.coldMs / m.coldReadMs).toFixed(2)}x (${(m.coldMs / m.readMs).toFixed(2)}x) ` +
    `| ${m.coldJsonMs === null ? '-' : `${n(m.coldJsonMs)} ms (${(m.coldMs / m.coldJsonMs).toFixed(2)}x)`} ` +
    `| ${m.p95.toFixed(1)} ms (${n(m.rps)}/s) | ${n(m.afterWriteMs)} ms (${n(m.afterWriteCpuMs)}) | ${n(m.puts)}/s | ${n(m.putCpuUs)} µs | ${m.batch} ` +
    `| ${n(m.rssMb)} MB (${n(m.maxRssMb)} MB) | ${n(m.upsertUs)} µs${normal} | ${m.errors} | ${m.load.toFixed(1)} |`
  );
}

export async function run(): Promise<void> {
  const dialects: ('sqlite' | 'postgres')[] = ['sqlite'];
  const unavailable = await postgresUnavailable();
  const safeUrl = PG_ADMIN_URL.replace(/\/\/[^@]*@/, '//');
  if (unavailable) {
    console.log(
      `scale: PostgreSQL at ${safeUrl} is not reachable (${unavailable}): SQLite only, no PostgreSQL rows`,
    );
  } else dialects.push('postgres');
  for (const kpis of SIZES) {
    if (quartersFor(kpis) !== ALL_QUARTERS.length) {
      console.log(
        `scale: ${n(kpis)} KPIs use their last ${quartersFor(kpis)} quarters, not 16, to bound the server's memory`,
      );
    }
  }
  console.log(
    `scale: sizes ${SIZES.map(n).join(', ')} KPIs x 7 values a quarter; dashboard load ${DASHBOARD_S} s of autocannon (10 connections); ` +
      `${n(PUTS)} audited PUTs (8 connections) after ${n(PUTS * WARM_UP_PUT_ROUNDS)} not counted, and ${BATCHES} sequential batches of ${n(BATCH_CELLS)} cells after as many not counted, by a planner scoped to every Sector; raw read = the five queries the figures load, ` +
      `median of 3 in this process once warm; first read = the same once in a fresh process, connection included (on SQLite also with the values as JSON text, as the server reads them), and ` +
      `first dashboard = the first of a fresh server, each the median of 3 (processes, servers), before any write; raw audited upsert = upsert + audit row + revision bump + KPI mark in one transaction, through the driver alone. ` +
      `Times are wall clock; in brackets the CPU milliseconds of the server process (of this one for the raw read), ` +
      `which on PostgreSQL leave out the database server's own work`,
  );
  const rows: Measured[] = [];
  for (const dialect of dialects) {
    for (const kpis of SIZES) {
      const m = await measure(dialect, kpis);
      rows.push(m);
      console.log(`scale: ${row(m)}`);
    }
  }
  console.log(`\n${HEADER}\n${rows.map(row).join('\n')}`);
}
