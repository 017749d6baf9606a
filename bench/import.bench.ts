// Importing a 10,000-row sheet into one priority's quarter (goal: preview + confirm < 5 s): a generated
// priority of 1,430 regional KPIs (the KPI as a whole and six regions: 10,010 rows), half of them with a
// draft value already (rows "changed"), half without (rows "new"). Runs in-process through app.inject on
// a file-backed SQLite database, as the server runs.
import fs from 'node:fs';
import path from 'node:path';
import { buildApp } from '../server/src/app.ts';
import { createDb, type Db } from '../server/src/db/connection.ts';
import { migrateToLatest } from '../server/src/db/migrator.ts';
import { createApiToken, createUser } from '../server/test/factories.ts';
import type { ImportPreview, ImportResult } from '../shared/src/schemas/imports.ts';
import { BENCH_DIR, REGIONS } from './support/large-dataset.ts';

const KPIS = 1430;
const PERIOD = '2024-Q4';
const NOW = new Date('2025-02-01T00:00:00Z');

async function buildPriority(db: Db): Promise<void> {
  await migrateToLatest(db);
  const stamp = NOW.toISOString();
  await db.transaction().execute(async (tx) => {
    const plan = await tx
      .insertInto('plan')
      .values({
        code: 'IMPORT-2021-2024',
        name: 'Import bench',
        startYear: 2021,
        endYear: 2024,
        status: 'active',
        createdAt: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sector = await tx
      .insertInto('sector')
      .values({ code: 'S1', name: 'Sector' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const regionIds: number[] = [];
    for (const [i, code] of REGIONS.entries()) {
      const region = await tx
        .insertInto('region')
        .values({ code, name: code, sortOrder: i })
        .returning('id')
        .executeTakeFirstOrThrow();
      regionIds.push(region.id);
    }
    const priority = await tx
      .insertInto('thematicPriority')
      .values({
        planId: plan.id,
        sectorId: sector.id,
        code: 'P1',
        name: 'Priority',
        sourceStatus: 'demo',
        sourceUrl: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let k = 0; k < KPIS; k++) {
      const { id } = await tx
        .insertInto('kpi')
        .values({
          planId: plan.id,
          ownerPriorityId: priority.id,
          code: `K${k + 1}`,
          name: `KPI ${k + 1}`,
          definition: null,
          unit: 'count',
          direction: 'increase',
          aggregation: 'last',
          frequency: 'quarterly',
          baselineValue: 10,
          baselinePeriod: '2020',
          dataSource: null,
          ownerUnit: null,
          byRegion: 1,
          sourceStatus: 'demo',
          sourceUrl: null,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (k % 2 === 0) {
        await tx
          .insertInto('kpiValue')
          .values(
            [null, ...regionIds].map((regionId) => ({
              kpiId: id,
              period: PERIOD,
              regionId,
              value: 5,
              state: 'draft',
              version: 1,
              enteredAt: stamp,
            })),
          )
          .execute();
      }
    }
  });
}

function sheet(): string {
  const lines = ['KPI code,KPI name,Period,Region,Value,Note'];
  for (let k = 0; k < KPIS; k++) {
    for (const region of ['', ...REGIONS])
      lines.push(`K${k + 1},KPI ${k + 1},${PERIOD},${region},${(k % 50) + 7},Imported`);
  }
  return lines.join('\r\n');
}

export async function run(): Promise<void> {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const file = path.join(BENCH_DIR, 'import.sqlite');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  const db = createDb({ dialect: 'sqlite', file });
  await buildPriority(db);
  const token = await createApiToken(db, await createUser(db, { username: 'bench-admin', role: 'admin' }));
  const app = await buildApp({ db, clientDist: null, now: () => NOW });
  await app.ready();
  try {
    const body = { fileName: 'bench.csv', content: Buffer.from(sheet()).toString('base64') };
    const headers = { authorization: `Bearer ${token}` };
    const started = performance.now();
    const previewRes = await app.inject({
      method: 'POST',
      url: `/api/entry/P1/${PERIOD}/import/preview`,
      headers,
      payload: body,
    });
    const previewed = performance.now();
    if (previewRes.statusCode !== 200)
      throw new Error(`preview answered ${previewRes.statusCode}: ${previewRes.body.slice(0, 300)}`);
    const preview = previewRes.json<ImportPreview>();
    const cpuBefore = process.cpuUsage();
    const confirmRes = await app.inject({
      method: 'POST',
      url: `/api/entry/P1/${PERIOD}/import`,
      headers,
      payload: { ...body, token: preview.token },
    });
    const confirmed = performance.now();
    const confirmCpu = process.cpuUsage(cpuBefore);
    if (confirmRes.statusCode !== 200)
      throw new Error(`import answered ${confirmRes.statusCode}: ${confirmRes.body.slice(0, 300)}`);
    const result = confirmRes.json<ImportResult>();
    const total = (confirmed - started) / 1000;
    console.log(
      `import: ${preview.counts.rows} rows (${preview.counts.new} new, ${preview.counts.changed} changed, ${preview.counts.invalid} bad), ` +
        `${(body.content.length / 1024 / 1024).toFixed(1)} MB of base64`,
    );
    console.log(
      `import: preview ${((previewed - started) / 1000).toFixed(2)} s, confirm ${((confirmed - previewed) / 1000).toFixed(2)} s ` +
        `(${result.created} created, ${result.updated} updated, each audited, one transaction; ` +
        `confirm CPU ${((confirmCpu.user + confirmCpu.system) / 1e6).toFixed(2)} s)`,
    );
    console.log(`import: preview + confirm ${total.toFixed(2)} s (goal < 5 s)`);
  } finally {
    await app.close();
    await db.destroy();
  }
}
