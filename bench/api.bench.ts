// API throughput on a generated large dataset: GET /api/dashboard beside a trivial route of the same
// server (goals: dashboard >= 25 % of the trivial route's requests/s, p95 < 25 ms) and audited PUTs of
// values (goal: 2,000/s or more). The server runs in a child process; the load comes from this one.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { createDb } from '../server/src/db/connection.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import {
  BENCH_DIR,
  BENCH_PLAN,
  buildLargeDataset,
  KPI_COUNT,
  OPEN_QUARTER,
  REGIONS,
} from './support/large-dataset.ts';

const PORT = 3999;

/** The server process's CPU time in microseconds (user + system). */
function serverCpu(server: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    server.once('message', (m) => {
      const { cpu } = m as { cpu: NodeJS.CpuUsage };
      resolve(cpu.user + cpu.system);
    });
    server.send('cpu');
  });
}
const DURATION_S = 8;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function load(options: autocannon.Options) {
  return new Promise<{ rps: number; total: number; p95: number; non2xx: number }>((resolve, reject) => {
    const samples: number[] = [];
    const instance = autocannon({ ...options, connections: options.connections ?? 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        // requests.average is per whole second; total / duration is exact for short runs
        rps: result.requests.total / result.duration,
        total: result.requests.total,
        p95: percentile(samples, 95),
        non2xx: result.non2xx + result.errors,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
}

export async function run(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'large.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = createDb({ dialect: 'sqlite', file });
  const started = performance.now();
  const { kpiIds } = await buildLargeDataset(db);
  // every route but health needs a signed-in user: the load comes as an administrator's API token
  const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
  const auth = { authorization: `Bearer ${token}` };
  const values = await db
    .selectFrom('kpiValue')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  await db.destroy();
  console.log(
    `api: dataset ${KPI_COUNT} KPIs x 16 quarters x 7 (total + 6 regions) = ${Number(values.n)} values, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const server = fork(path.join(import.meta.dirname, 'support', 'serve.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: String(PORT), LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('message', () => resolve());
      server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    });
    const base = `http://127.0.0.1:${PORT}`;
    const dashboardUrl = `${base}/api/dashboard?plan=${BENCH_PLAN}&period=2024-Q3`;
    const coldStart = performance.now();
    const cold = await fetch(dashboardUrl, { headers: auth });
    const coldMs = performance.now() - coldStart;
    if (!cold.ok) throw new Error(`dashboard answered ${cold.status}: ${await cold.text()}`);

    const trivial = await load({ url: `${base}/api/health`, duration: DURATION_S });
    const dashboard = await load({ url: dashboardUrl, duration: DURATION_S, headers: auth });
    const share = (dashboard.rps / trivial.rps) * 100;
    console.log(
      `api: GET /api/health (trivial): ${trivial.rps.toFixed(0)} req/s, p95 ${trivial.p95.toFixed(1)} ms`,
    );
    console.log(
      `api: GET /api/dashboard: ${dashboard.rps.toFixed(0)} req/s = ${share.toFixed(0)} % of the trivial route (goal >= 25 %), ` +
        `p95 ${dashboard.p95.toFixed(1)} ms (goal < 25 ms), ${dashboard.non2xx} errors`,
    );
    console.log(
      `api: first GET /api/dashboard (the plan's values loaded and prepared): ${coldMs.toFixed(0)} ms`,
    );

    // one write, then the dashboard again: only the KPI that changed is reloaded, the roll-ups recomputed
    const put = await fetch(`${base}/api/kpis/${kpiIds[0]}/values/${OPEN_QUARTER}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ value: 61, version: 1 }),
    });
    if (!put.ok) throw new Error(`PUT answered ${put.status}: ${await put.text()}`);
    const refreshStart = performance.now();
    await (await fetch(dashboardUrl, { headers: auth })).text();
    console.log(
      `api: GET /api/dashboard after one write (one KPI reloaded): ${(performance.now() - refreshStart).toFixed(0)} ms`,
    );

    const slots = kpiIds.flatMap((id) => [null, ...REGIONS].map((region) => ({ id, region }))).slice(1);
    let next = 0;
    const cpuBefore = await serverCpu(server);
    const writes = await load({
      url: base,
      amount: slots.length,
      connections: 8,
      requests: [
        {
          method: 'PUT',
          setupRequest: (request) => {
            const slot = slots[next++ % slots.length] as (typeof slots)[number];
            const body = {
              value: 50 + (next % 40),
              version: 1,
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
    });
    console.log(
      `api: audited PUT of values: ${writes.rps.toFixed(0)} writes/s (goal >= 2,000/s), p95 ${writes.p95.toFixed(1)} ms, ` +
        `${writes.total} writes, ${writes.non2xx} errors; server CPU ${(((await serverCpu(server)) - cpuBefore) / writes.total) | 0} µs per write`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}
