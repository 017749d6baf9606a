// Audited write throughput (PUTs of values through the API) under SQLite's two durability settings:
// synchronous = FULL (every commit synced to disk: survives power loss; the default) and NORMAL (synced
// at checkpoints only: survives a crash of the process). Each setting gets its own server process on the
// same generated database, twice and in turns, so that drift on a shared machine shows as spread.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { DEFAULT_SQLITE_SYNCHRONOUS, type SqliteSynchronous } from '../server/src/config.ts';
import { createDb } from '../server/src/db/connection.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import { BENCH_DIR, buildLargeDataset, OPEN_QUARTER, REGIONS } from './support/large-dataset.ts';

const PORT = 3998;
const WRITES_PER_RUN = 5000;
const CONNECTIONS = 8;
const BATCH_CELLS = 1000;
const BATCH_ROUNDS = 3;

interface Slot {
  id: number;
  region: string | null;
}

interface RunResult {
  writesPerSecond: number;
  p95: number;
  errors: number;
  cpuPerWrite: number;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

interface BenchServer {
  /** The server's CPU time so far (user + system), in µs. */
  cpu: () => Promise<number>;
  stop: () => Promise<void>;
}

/** One server process with the given setting, ready to answer. */
async function startServer(file: string, synchronous: SqliteSynchronous): Promise<BenchServer> {
  const server = fork(path.join(import.meta.dirname, 'support', 'serve.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      DATABASE_URL: `file:${file}`,
      PORT: String(PORT),
      LOG_LEVEL: 'silent',
      RBM_SQLITE_SYNCHRONOUS: synchronous,
    },
    stdio: 'inherit',
  });
  const stop = async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  };
  const cpu = () =>
    new Promise<number>((resolve) => {
      server.once('message', (m) => {
        const { cpu: usage } = m as { cpu: NodeJS.CpuUsage };
        resolve(usage.user + usage.system);
      });
      server.send('cpu');
    });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('message', () => resolve());
      server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { cpu, stop };
}

/** One server process with the given setting; one PUT per slot, each slot at `version`. */
async function measure(
  file: string,
  synchronous: SqliteSynchronous,
  slots: Slot[],
  version: number,
  auth: Record<string, string>,
): Promise<RunResult> {
  const { cpu, stop } = await startServer(file, synchronous);
  try {
    const cpuBefore = await cpu();
    let next = 0;
    const samples: number[] = [];
    const started = performance.now();
    let finished = started;
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${PORT}`,
          amount: slots.length,
          connections: CONNECTIONS,
          requests: [
            {
              method: 'PUT',
              setupRequest: (request) => {
                const slot = slots[next++ % slots.length] as Slot;
                const body = {
                  // a value no run wrote before: an unchanged value is not written at all
                  value: version + 0.25,
                  version,
                  ...(slot.region ? { region: slot.region } : {}),
                };
                return {
                  ...request,
                  path: `/api/kpis/${slot.id}/values/${OPEN_QUARTER}`,
                  headers: { 'content-type': 'application/json', ...auth },
                  body: JSON.stringify(body),
                };
              },
            },
          ],
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('response', (_client, _status, _bytes, time) => {
        samples.push(time);
        finished = performance.now();
      });
    });
    return {
      // until the last answer: autocannon's own duration, and its callback, come on whole seconds
      writesPerSecond: result.requests.total / ((finished - started) / 1000),
      p95: percentile(samples, 95),
      errors: result.non2xx + result.errors,
      cpuPerWrite: ((await cpu()) - cpuBefore) / result.requests.total,
    };
  } finally {
    await stop();
  }
}

interface BatchResult {
  cellsPerSecond: number;
  cpuPerCell: number;
  failed: number;
}

/** POST /api/values/batch of BATCH_CELLS cells at a time, each slot once at `version`, one request after another. */
async function measureBatches(
  file: string,
  slots: Slot[],
  version: number,
  auth: Record<string, string>,
): Promise<BatchResult> {
  const { cpu, stop } = await startServer(file, DEFAULT_SQLITE_SYNCHRONOUS);
  try {
    const cpuBefore = await cpu();
    const started = performance.now();
    let failed = 0;
    for (let i = 0; i < slots.length; i += BATCH_CELLS) {
      const cells = slots.slice(i, i + BATCH_CELLS).map((slot) => ({
        kpiId: slot.id,
        period: OPEN_QUARTER,
        value: version + 0.5,
        version,
        ...(slot.region ? { region: slot.region } : {}),
      }));
      const res = await fetch(`http://127.0.0.1:${PORT}/api/values/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify({ cells }),
      });
      if (!res.ok) throw new Error(`batch answered ${res.status}: ${await res.text()}`);
      const { results } = (await res.json()) as { results: Array<{ status: number }> };
      failed += results.filter((r) => r.status >= 300).length;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      cellsPerSecond: slots.length / seconds,
      cpuPerCell: ((await cpu()) - cpuBefore) / slots.length,
      failed,
    };
  } finally {
    await stop();
  }
}

export async function run(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'writes.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = createDb({ dialect: 'sqlite', file });
  const { kpiIds } = await buildLargeDataset(db);
  const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
  await db.destroy();
  const auth = { authorization: `Bearer ${token}` };
  const slots: Slot[] = kpiIds
    .flatMap((id) => [null, ...REGIONS].map((region) => ({ id, region })))
    .slice(0, WRITES_PER_RUN);

  const other: SqliteSynchronous = DEFAULT_SQLITE_SYNCHRONOUS === 'FULL' ? 'NORMAL' : 'FULL';
  const order: SqliteSynchronous[] = [DEFAULT_SQLITE_SYNCHRONOUS, other, DEFAULT_SQLITE_SYNCHRONOUS, other];
  const results = new Map<SqliteSynchronous, RunResult[]>([
    ['FULL', []],
    ['NORMAL', []],
  ]);
  for (const [round, synchronous] of order.entries()) {
    // every run updates the same values, each one version further
    results.get(synchronous)?.push(await measure(file, synchronous, slots, round + 1, auth));
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
  // Then the same cells in batches: every round writes each slot once more, one version further.
  const batches: BatchResult[] = [];
  for (let round = 0; round < BATCH_ROUNDS; round++) {
    batches.push(await measureBatches(file, slots, order.length + 1 + round, auth));
  }
  console.log(
    `writes: batches of ${BATCH_CELLS} cells (POST /api/values/batch, synchronous = ${DEFAULT_SQLITE_SYNCHRONOUS}): ` +
      batches.map((b) => b.cellsPerSecond.toFixed(0)).join(' / ') +
      ' cells/s, server CPU ' +
      batches.map((b) => b.cpuPerCell.toFixed(1)).join(' / ') +
      ` µs per cell, ${batches.reduce((n, b) => n + b.failed, 0)} cells failed`,
  );
}
