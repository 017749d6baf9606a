// A generated plan at the scale the API must handle: 2,000 KPIs, 16 quarters, each quarter reported for
// the KPI as a whole and for the six regions (7 values), i.e. 224,000 values. The first 15 quarters are
// approved; the last one is open (draft, version 1) so that writes can be measured on it.
import { fileURLToPath } from 'node:url';
import type { Db } from '../../server/src/db/connection.ts';
import { migrateToLatest } from '../../server/src/db/migrator.ts';

export const BENCH_PLAN = 'BENCH-2021-2024';
/** KPIs in the generated plan: 2,000 unless RBM_BENCH_KPIS names another count (e.g. 8000). */
export const KPI_COUNT = Number(process.env.RBM_BENCH_KPIS ?? 2000);
export const REGIONS = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] as const;
export const OPEN_QUARTER = '2024-Q4';
const QUARTERS = [2021, 2022, 2023, 2024].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function buildLargeDataset(db: Db): Promise<{ kpiIds: number[] }> {
  await migrateToLatest(db);
  const now = new Date('2025-02-01T00:00:00Z').toISOString();
  return db.transaction().execute(async (tx) => {
    const plan = await tx
      .insertInto('plan')
      .values({
        code: BENCH_PLAN,
        name: 'Benchmark plan',
        startYear: 2021,
        endYear: 2024,
        status: 'active',
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sectorIds: number[] = [];
    for (const code of ['S1', 'S2', 'S3', 'S4']) {
      sectorIds.push(
        (
          await tx
            .insertInto('sector')
            .values({ code, name: `Sector ${code}` })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
    const regionIds: number[] = [];
    for (const [i, code] of REGIONS.entries()) {
      regionIds.push(
        (
          await tx
            .insertInto('region')
            .values({ code, name: code, sortOrder: i })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      );
    }
    const goal = await tx
      .insertInto('goal')
      .values({ planId: plan.id, code: 'G1', name: 'Goal', sourceStatus: 'demo', sourceUrl: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const target = await tx
      .insertInto('target')
      .values({
        planId: plan.id,
        goalId: goal.id,
        code: 'T1',
        name: 'Target',
        value: 100,
        unit: '%',
        direction: 'increase',
        deadlineYear: 2030,
        sourceStatus: 'demo',
        sourceUrl: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const outcomeIds: number[] = [];
    for (let p = 0; p < 10; p++) {
      const priority = await tx
        .insertInto('thematicPriority')
        .values({
          planId: plan.id,
          sectorId: sectorIds[p % 4] as number,
          code: `P${p + 1}`,
          name: `Priority ${p + 1}`,
          sourceStatus: 'demo',
          sourceUrl: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let o = 0; o < 3; o++) {
        outcomeIds.push(
          (
            await tx
              .insertInto('outcome')
              .values({
                priorityId: priority.id,
                code: `P${p + 1}.${o + 1}`,
                name: 'Outcome',
                sourceStatus: 'demo',
                sourceUrl: null,
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id,
        );
      }
    }
    const priorityOfOutcome = (index: number) => Math.floor(index / 3);
    const kpiIds: number[] = [];
    const rand = random(42);
    for (let k = 0; k < KPI_COUNT; k++) {
      const outcomeIndex = k % outcomeIds.length;
      const priority = await tx
        .selectFrom('outcome')
        .select('priorityId')
        .where('id', '=', outcomeIds[outcomeIndex] as number)
        .executeTakeFirstOrThrow();
      const aggregation = (['last', 'mean', 'sum'] as const)[k % 3] as string;
      const { id } = await tx
        .insertInto('kpi')
        .values({
          planId: plan.id,
          ownerPriorityId: priority.priorityId,
          code: `K${k + 1}`,
          name: `KPI ${k + 1}`,
          definition: null,
          unit: 'percent',
          direction: k % 7 === 0 ? 'decrease' : 'increase',
          aggregation,
          frequency: 'quarterly',
          baselineValue: 40,
          baselinePeriod: '2020',
          dataSource: null,
          ownerUnit: null,
          byRegion: 1,
          sourceStatus: 'demo',
          sourceUrl: null,
          createdAt: now,
          updatedAt: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      kpiIds.push(id);
      const decrease = k % 7 === 0;
      await tx
        .insertInto('kpiAnnualTarget')
        .values(
          [2021, 2022, 2023, 2024].map((year, i) => ({
            kpiId: id,
            year,
            value: decrease ? 35 - i * 5 : 45 + i * 5,
          })),
        )
        .execute();
      // a KPI linked to a second outcome of another priority, as shared KPIs are
      const links = [outcomeIds[outcomeIndex] as number];
      if (k % 5 === 0) links.push(outcomeIds[(outcomeIndex + 7) % outcomeIds.length] as number);
      await tx
        .insertInto('kpiOutcome')
        .values(links.map((outcomeId) => ({ kpiId: id, outcomeId })))
        .execute();
      await tx.insertInto('kpiTarget').values({ kpiId: id, targetId: target.id }).execute();
      void priorityOfOutcome;
      const rows = QUARTERS.flatMap((period, qi) =>
        [null, ...regionIds].map((regionId) => ({
          kpiId: id,
          period,
          regionId,
          value: Math.round((decrease ? 40 - qi * 1.2 : 40 + qi * 1.3) * (0.8 + rand() * 0.4) * 10) / 10,
          noDataReason: null,
          note: null,
          evidenceUrl: null,
          state: period === OPEN_QUARTER ? 'draft' : 'approved',
          version: 1,
          returnComment: null,
          enteredBy: null,
          enteredAt: now,
          submittedAt: period === OPEN_QUARTER ? null : now,
          approvedAt: period === OPEN_QUARTER ? null : now,
        })),
      );
      await tx.insertInto('kpiValue').values(rows).execute();
    }
    return { kpiIds };
  });
}

export const BENCH_DIR = fileURLToPath(new URL('../../data/bench/', import.meta.url));
