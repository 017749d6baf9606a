// API throughput on a generated large dataset: GET /api/dashboard beside a trivial route of the same
// server (goals: dashboard >= 25 % of the trivial route's requests/s, p95 < 25 ms) and audited PUTs of
// values (goal: 2,000/s or more). The server runs in a child process; the load comes from this one.
import fs from 'node:fs';
import path from 'node:path';
import { createDb } from '../server/src/db/connection.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import { load, putValues, startBenchServer } from './support/bench-server.ts';
import {
  BENCH_DIR,
  BENCH_PLAN,
  buildLargeDataset,
  KPI_COUNT,
  OPEN_QUARTER,
  REGIONS,
} from './support/large-dataset.ts';

const PORT = 3999;
const DURATION_S = 8;

export async function run(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'large.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = createDb({ dialect: 'sqlite', file });
  const started = performance.now();
  const { kpiIds, values } = await buildLargeDataset(db, { dialect: 'sqlite', file });
  // every route but health needs a signed-in user: the load comes as an administrator's API token
  const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
  const auth = { authorization: `Bearer ${token}` };
  await db.destroy();
  console.log(
    `api: dataset ${KPI_COUNT} KPIs x 16 quarters x 7 (total + 6 regions) = ${values} values, built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const server = await startBenchServer(`file:${file}`, PORT);
  try {
    const base = server.url;
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
    const cpuBefore = (await server.usage()).cpu;
    const writes = await putValues(base, auth, OPEN_QUARTER, slots, (i) => 50 + ((i + 1) % 40), 1);
    console.log(
      `api: audited PUT of values: ${writes.rps.toFixed(0)} writes/s (goal >= 2,000/s), p95 ${writes.p95.toFixed(1)} ms, ` +
        `${writes.total} writes, ${writes.non2xx} errors; server CPU ${(((await server.usage()).cpu - cpuBefore) / writes.total) | 0} µs per write`,
    );
  } finally {
    await server.stop();
  }
}
