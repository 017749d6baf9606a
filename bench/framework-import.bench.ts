// Importing a 2,000-KPI framework (goal: preview < 3 s, confirm < 3 s): a generated plan of 10 priorities,
// 40 outcomes, 20 outputs, 10 targets and 2,000 KPIs (each with two outcome links, an output, a target,
// four annual targets and a French name), as a JSON framework document, into an empty plan; then the same
// file previewed again (every item unchanged). In-process through app.inject on a file-backed SQLite
// database, as the server runs; CPU time beside wall time (the machine is shared).
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../server/src/app.ts';
import { createDb } from '../server/src/db/connection.ts';
import { migrateToLatest } from '../server/src/db/migrator.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import type {
  FrameworkDocument,
  FrameworkImportPreview,
  FrameworkImportResult,
} from '../shared/src/schemas/framework-document.ts';
import { BENCH_DIR } from './support/large-dataset.ts';

const KPIS = 2000;
const NOW = new Date('2026-11-23T09:00:00Z');

function framework(): FrameworkDocument {
  const item = { sourceStatus: 'representative' as const };
  const priorities = Array.from({ length: 10 }, (_, p) => `P${p + 1}`);
  return {
    schemaVersion: 1,
    plan: {
      code: 'BENCH-2028-2031',
      name: { en: 'Bench plan' },
      startYear: 2028,
      endYear: 2031,
      status: 'draft',
      thresholds: { onTrack: 0.9, atRisk: 0.6 },
      calendar: { reportingDeadlineDays: 15, reviewDeadlineDays: 45 },
    },
    units: [
      { code: 'U1', kind: 'sector', name: { en: 'Unit' } },
      { code: 'U1/D1', parent: 'U1', kind: 'department', name: { en: 'Department' } },
    ],
    regions: [],
    goals: [{ code: 'G1', name: { en: 'Goal' }, ...item }],
    targets: Array.from({ length: 10 }, (_, t) => ({
      code: `T${t + 1}`,
      goal: 'G1',
      name: { en: `Target ${t + 1}` },
      value: 50,
      unit: 'percent',
      direction: 'increase' as const,
      deadlineYear: 2030,
      ...item,
    })),
    priorities: priorities.map((code) => ({ code, unit: 'U1', name: { en: code }, ...item })),
    outcomes: Array.from({ length: 40 }, (_, o) => ({
      code: `O${o + 1}`,
      priority: priorities[o % 10] as string,
      name: { en: `Outcome ${o + 1}` },
      ...item,
    })),
    outputs: Array.from({ length: 20 }, (_, o) => ({
      code: `S${o + 1}`,
      priority: priorities[o % 10] as string,
      name: { en: `Output ${o + 1}` },
      ...item,
    })),
    enablers: [],
    themes: [],
    kpis: Array.from({ length: KPIS }, (_, k) => ({
      code: `K${k + 1}`,
      name: { en: `KPI ${k + 1}`, fr: `ICP ${k + 1}` },
      priority: priorities[k % 10] as string,
      unit: 'count' as const,
      direction: 'increase' as const,
      aggregation: 'last' as const,
      frequency: 'quarterly' as const,
      annualTargets: { '2028': 1, '2029': 2, '2030': 3, '2031': 4 },
      tolerance: 0.05,
      weight: 1,
      ownerUnit: 'U1/D1',
      byRegion: false,
      outcomes: [`O${(k % 10) + 1}`, `O${(k % 10) + 11}`],
      outputs: [`S${(k % 10) + 1}`],
      targets: [`T${(k % 10) + 1}`],
      themes: [],
      sourceStatus: 'demo' as const,
    })),
  };
}

export async function run(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'framework-import.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = createDb({ dialect: 'sqlite', file });
  await migrateToLatest(db);
  const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
  const app = await buildApp({ db, clientDist: null, now: () => NOW });
  await app.ready();
  try {
    const body = {
      fileName: 'framework.json',
      content: Buffer.from(JSON.stringify(framework())).toString('base64'),
    };
    const headers = { authorization: `Bearer ${token}` };
    const timed = async <T>(url: string, payload: object) => {
      const cpu = process.cpuUsage();
      const started = performance.now();
      const res = await app.inject({ method: 'POST', url, headers, payload });
      const wall = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      if (res.statusCode !== 200)
        throw new Error(`${url} answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
      return { body: res.json<T>(), wall, cpu: (used.user + used.system) / 1e6 };
    };
    const preview = await timed<FrameworkImportPreview>('/api/frameworks/import/preview', body);
    if (preview.body.problems.length > 0) throw new Error(JSON.stringify(preview.body.problems.slice(0, 3)));
    const confirm = await timed<FrameworkImportResult>('/api/frameworks/import', {
      ...body,
      token: preview.body.token,
    });
    const again = await timed<FrameworkImportPreview>('/api/frameworks/import/preview', body);
    const s = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(2)} s (CPU ${t.cpu.toFixed(2)} s)`;
    console.log(
      `framework-import: ${KPIS} KPIs, ${preview.body.counts.new} new items, ` +
        `${(body.content.length / 1024 / 1024).toFixed(1)} MB of base64`,
    );
    console.log(`framework-import: preview ${s(preview)} (goal < 3 s)`);
    console.log(`framework-import: confirm ${s(confirm)} (goal < 3 s; one transaction, every item audited)`);
    console.log(
      `framework-import: preview again ${s(again)}: ${again.body.counts.unchanged} unchanged, ` +
        `${again.body.items.length} to change`,
    );
  } finally {
    await app.close();
    await db.destroy();
  }
}
