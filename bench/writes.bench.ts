// Audited write throughput (PUTs of values through the API) under SQLite's two durability settings:
// synchronous = FULL (every commit synced to disk: survives power loss; the default) and NORMAL (synced
// at checkpoints only: survives a crash of the process). Each setting gets its own server process on the
// same generated database, twice and in turns, so that drift on a shared machine shows as spread. Each
// server is warmed up first (not counted), and the cheapest signed-in request is measured last as the
// machine's yardstick.
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SQLITE_SYNCHRONOUS, type SqliteSynchronous } from '../server/src/config.ts';
import { createDb } from '../server/src/db/connection.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import { BATCH_CELLS, BATCHES, batchedWrites, type Slot } from './support/batched-writes.ts';
import { load, putValues, startBenchServer } from './support/bench-server.ts';
import { BENCH_DIR, buildLargeDataset, OPEN_QUARTER, REGIONS } from './support/large-dataset.ts';

const PORT = 3998;
const WRITES_PER_RUN = 5000;
const CONNECTIONS = 8;
// As many as are measured: V8 keeps optimising the write path over the first few thousand requests.
const WARM_UP_WRITES = 5000;

interface RunResult {
  writesPerSecond: number;
  p95: number;
  errors: number;
  cpuPerWrite: number;
}

/** One server process with the given setting; one PUT per slot, each slot at `version`. */
async function measure(
  file: string,
  synchronous: SqliteSynchronous,
  slots: Slot[],
  warmSlots: Slot[],
  version: number,
  auth: Record<string, string>,
): Promise<RunResult> {
  const server = await startBenchServer(`file:${file}`, PORT, { RBM_SQLITE_SYNCHRONOUS: synchronous });
  try {
    // Warm-up on other cells (the server's code compiled by V8's JIT, as in a server that has run a while): not counted.
    await putValues(server.url, auth, OPEN_QUARTER, warmSlots, () => version + 0.25, version, CONNECTIONS);
    const cpuBefore = (await server.usage()).cpu;
    // a value no run wrote before: an unchanged value is not written at all
    const result = await putValues(
      server.url,
      auth,
      OPEN_QUARTER,
      slots,
      () => version + 0.25,
      version,
      CONNECTIONS,
    );
    return {
      writesPerSecond: result.rps,
      p95: result.p95,
      errors: result.non2xx,
      cpuPerWrite: ((await server.usage()).cpu - cpuBefore) / result.total,
    };
  } finally {
    await server.stop();
  }
}

export async function run(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'writes.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = createDb({ dialect: 'sqlite', file });
  const { kpiIds } = await buildLargeDataset(db, { dialect: 'sqlite', file });
  const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
  await db.destroy();
  const auth = { authorization: `Bearer ${token}` };
  const allSlots: Slot[] = kpiIds.flatMap((id) => [null, ...REGIONS].map((region) => ({ id, region })));
  const slots = allSlots.slice(0, WRITES_PER_RUN);
  const warmSlots = allSlots.slice(WRITES_PER_RUN, WRITES_PER_RUN + WARM_UP_WRITES);

  const other: SqliteSynchronous = DEFAULT_SQLITE_SYNCHRONOUS === 'FULL' ? 'NORMAL' : 'FULL';
  const order: SqliteSynchronous[] = [DEFAULT_SQLITE_SYNCHRONOUS, other, DEFAULT_SQLITE_SYNCHRONOUS, other];
  const results = new Map<SqliteSynchronous, RunResult[]>([
    ['FULL', []],
    ['NORMAL', []],
  ]);
  for (const [round, synchronous] of order.entries()) {
    // every run updates the same values, each one version further
    results.get(synchronous)?.push(await measure(file, synchronous, slots, warmSlots, round + 1, auth));
  }
  for (const synchronous of [DEFAULT_SQLITE_SYNCHRONOUS, other]) {
    const runs = results.get(synchronous) ?? [];
    const label = synchronous === DEFAULT_SQLITE_SYNCHRONOUS ? 'default' : 'for comparison';
    console.log(
      `writes: synchronous = ${synchronous} (${label}): ` +
        runs.map((r) => `${r.writesPerSecond.toFixed(0)}`).join(' and ') +
        ` audited PUTs/s (${WRITES_PER_RUN} each, ${CONNECTIONS} connections), p95 ` +
        runs.map((r) => `${r.p95.toFixed(1)}`).join(' / ') +
        ' ms, server CPU ' +
        runs.map((r) => `${r.cpuPerWrite | 0}`).join(' / ') +
        ` µs per write, ${runs.reduce((n, r) => n + r.errors, 0)} errors`,
    );
  }
  // Then the same cells in batches, each cell at the version the PUT rounds left it at.
  const server = await startBenchServer(`file:${file}`, PORT);
  try {
    const versions = slots.map(() => order.length + 1);
    const batch = await batchedWrites(server, auth, slots, versions, 0);
    console.log(
      `writes: ${BATCHES} batches of ${BATCH_CELLS} cells after as many not counted (POST /api/values/batch, synchronous = ` +
        `${DEFAULT_SQLITE_SYNCHRONOUS}): ${batch.text}, ${batch.errors} cells failed`,
    );
    // The machine's yardstick: the cheapest signed-in request (one token lookup, one `select 1`). Shared
    // machines differ from day to day several times over; figures taken on different days compare by it.
    await load({ url: `${server.url}/api/health`, headers: auth, duration: 1 });
    const cpuBefore = (await server.usage()).cpu;
    const health = await load({ url: `${server.url}/api/health`, headers: auth, duration: 3 });
    const cpuPerRequest = ((await server.usage()).cpu - cpuBefore) / health.total;
    console.log(
      `writes: yardstick GET /api/health with the same token: ${health.rps.toFixed(0)} requests/s, ` +
        `server CPU ${cpuPerRequest.toFixed(0)} µs per request`,
    );
  } finally {
    await server.stop();
  }
}
