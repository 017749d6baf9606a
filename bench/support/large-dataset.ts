// A generated plan at the scale the API must handle: 2,000 KPIs by default (the scale bench asks for others),
// 16 quarters, each quarter reported for the KPI as a whole and for the six regions (7 values), i.e. 224,000
// values. The quarters before the last are approved; the last one is open (draft, version 1) so that writes
// can be measured on it. The rows go in through the drivers in one transaction (bulk-rows.ts).
import { fileURLToPath } from 'node:url';
import type { DatabaseLocation } from '../../server/src/config.ts';
import type { Db } from '../../server/src/db/connection.ts';
import { migrateToLatest } from '../../server/src/db/migrator.ts';
import { openBulkWriter, type BulkWriter, type Column, type Row } from './bulk-rows.ts';

export const BENCH_PLAN = 'BENCH-2021-2024';
/** KPIs in the api and writes benches' plan: 2,000 unless RBM_BENCH_KPIS names another count (e.g. 8000). */
export const KPI_COUNT = Number(process.env.RBM_BENCH_KPIS ?? 2000);
export const REGIONS = ['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'] as const;
export const OPEN_QUARTER = '2024-Q4';
export const ALL_QUARTERS = [2021, 2022, 2023, 2024].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));
export const BENCH_DIR = fileURLToPath(new URL('../../data/bench/', import.meta.url));
/** KPIs generated and written per round, to keep the rows in memory bounded. */
const CHUNK = 1000;

export interface DatasetSize {
  kpis: number;
  /** The last `quarters` of the plan's 16 (the open quarter always among them). */
  quarters: number;
}

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

const NOW = new Date('2025-02-01T00:00:00Z').toISOString();

async function insertCoded(
  writer: BulkWriter,
  table: string,
  columns: readonly Column[],
  rows: readonly Row[],
  scope = '',
): Promise<Map<string, number>> {
  await writer.insert(table, [...columns], rows);
  const found = await writer.select<{ id: number; code: string }>(
    `select id, code from ${table} ${scope}`,
    [],
  );
  return new Map(found.map((r) => [r.code, Number(r.id)]));
}

/** The framework the KPIs hang from: a plan, 4 Sectors, 6 regions, a goal and target, 10 priorities x 3 outcomes. */
async function buildFramework(writer: BulkWriter) {
  const plans = await insertCoded(
    writer,
    'plan',
    [
      ['code', 'text'],
      ['name', 'text'],
      ['start_year', 'int'],
      ['end_year', 'int'],
      ['status', 'text'],
      ['created_at', 'text'],
    ],
    [[BENCH_PLAN, 'Benchmark plan', 2021, 2024, 'active', NOW]],
  );
  const planId = plans.get(BENCH_PLAN) as number;
  const sectorCodes = ['S1', 'S2', 'S3', 'S4'];
  const sectors = await insertCoded(
    writer,
    'sector',
    [
      ['code', 'text'],
      ['name', 'text'],
    ],
    sectorCodes.map((c) => [c, `Sector ${c}`]),
  );
  const regions = await insertCoded(
    writer,
    'region',
    [
      ['code', 'text'],
      ['name', 'text'],
      ['sort_order', 'int'],
    ],
    REGIONS.map((code, i) => [code, code, i]),
  );
  const source = [
    ['source_status', 'text'],
    ['source_url', 'text'],
  ] as const;
  const goals = await insertCoded(
    writer,
    'goal',
    [['plan_id', 'int'], ['code', 'text'], ['name', 'text'], ...source],
    [[planId, 'G1', 'Goal', 'demo', null]],
  );
  const targets = await insertCoded(
    writer,
    'target',
    [
      ['plan_id', 'int'],
      ['goal_id', 'int'],
      ['code', 'text'],
      ['name', 'text'],
      ['value', 'float8'],
      ['unit', 'text'],
      ['direction', 'text'],
      ['deadline_year', 'int'],
      ...source,
    ],
    [[planId, goals.get('G1') as number, 'T1', 'Target', 100, '%', 'increase', 2030, 'demo', null]],
  );
  const priorities = await insertCoded(
    writer,
    'thematic_priority',
    [['plan_id', 'int'], ['sector_id', 'int'], ['code', 'text'], ['name', 'text'], ...source],
    Array.from({ length: 10 }, (_, p) => [
      planId,
      sectors.get(sectorCodes[p % 4] as string) as number,
      `P${p + 1}`,
      `Priority ${p + 1}`,
      'demo',
      null,
    ]),
  );
  const outcomeCodes = Array.from({ length: 30 }, (_, i) => `P${Math.floor(i / 3) + 1}.${(i % 3) + 1}`);
  const outcomes = await insertCoded(
    writer,
    'outcome',
    [['priority_id', 'int'], ['code', 'text'], ['name', 'text'], ...source],
    outcomeCodes.map((code) => [
      priorities.get(code.split('.')[0] as string) as number,
      code,
      'Outcome',
      'demo',
      null,
    ]),
  );
  return {
    planId,
    targetId: targets.get('T1') as number,
    regionIds: REGIONS.map((code) => regions.get(code) as number),
    outcomeIds: outcomeCodes.map((code) => outcomes.get(code) as number),
    priorityOfOutcome: outcomeCodes.map((code) => priorities.get(code.split('.')[0] as string) as number),
  };
}

const KPI_COLUMNS: Column[] = [
  ['plan_id', 'int'],
  ['owner_priority_id', 'int'],
  ['code', 'text'],
  ['name', 'text'],
  ['unit', 'text'],
  ['direction', 'text'],
  ['aggregation', 'text'],
  ['frequency', 'text'],
  ['baseline_value', 'float8'],
  ['baseline_period', 'text'],
  ['by_region', 'int'],
  ['source_status', 'text'],
  ['created_at', 'text'],
  ['updated_at', 'text'],
];
const VALUE_COLUMNS: Column[] = [
  ['kpi_id', 'int'],
  ['period', 'text'],
  ['region_id', 'int'],
  ['value', 'float8'],
  ['state', 'text'],
  ['version', 'int'],
  ['entered_at', 'text'],
  ['submitted_at', 'text'],
  ['approved_at', 'text'],
];

/** Migrates the database `db` opens (at `location`) and fills it with the generated plan. */
export async function buildLargeDataset(
  db: Db,
  location: DatabaseLocation,
  size: DatasetSize = { kpis: KPI_COUNT, quarters: ALL_QUARTERS.length },
): Promise<{ kpiIds: number[]; values: number }> {
  await migrateToLatest(db);
  const writer = await openBulkWriter(location);
  let ok = false;
  try {
    const framework = await buildFramework(writer);
    const { planId, outcomeIds } = framework;
    const kpiRows: Row[] = Array.from({ length: size.kpis }, (_, k) => [
      planId,
      framework.priorityOfOutcome[k % outcomeIds.length] as number,
      `K${k + 1}`,
      `KPI ${k + 1}`,
      'percent',
      k % 7 === 0 ? 'decrease' : 'increase',
      (['last', 'mean', 'sum'] as const)[k % 3] as string,
      'quarterly',
      40,
      '2020',
      1,
      'demo',
      NOW,
      NOW,
    ]);
    const kpiIdOf = await insertCoded(writer, 'kpi', KPI_COLUMNS, kpiRows, `where plan_id = ${planId}`);
    const kpiIds = Array.from({ length: size.kpis }, (_, k) => kpiIdOf.get(`K${k + 1}`) as number);
    const firstQuarter = ALL_QUARTERS.length - size.quarters;
    const rand = random(42);
    let values = 0;
    for (let start = 0; start < size.kpis; start += CHUNK) {
      const targets: Row[] = [];
      const outcomeLinks: Row[] = [];
      const targetLinks: Row[] = [];
      const valueRows: Row[] = [];
      for (let k = start; k < Math.min(size.kpis, start + CHUNK); k++) {
        const id = kpiIds[k] as number;
        const decrease = k % 7 === 0;
        for (const [i, year] of [2021, 2022, 2023, 2024].entries())
          targets.push([id, year, decrease ? 35 - i * 5 : 45 + i * 5]);
        // a KPI linked to a second outcome of another priority, as shared KPIs are
        const outcomeIndex = k % outcomeIds.length;
        outcomeLinks.push([id, outcomeIds[outcomeIndex] as number]);
        if (k % 5 === 0)
          outcomeLinks.push([id, outcomeIds[(outcomeIndex + 7) % outcomeIds.length] as number]);
        targetLinks.push([id, framework.targetId]);
        for (const [qi, period] of ALL_QUARTERS.entries()) {
          if (qi < firstQuarter) continue;
          const open = period === OPEN_QUARTER;
          for (const regionId of [null, ...framework.regionIds]) {
            const value =
              Math.round((decrease ? 40 - qi * 1.2 : 40 + qi * 1.3) * (0.8 + rand() * 0.4) * 10) / 10;
            valueRows.push([
              id,
              period,
              regionId,
              value,
              open ? 'draft' : 'approved',
              1,
              NOW,
              open ? null : NOW,
              open ? null : NOW,
            ]);
          }
        }
      }
      await writer.insert(
        'kpi_annual_target',
        [
          ['kpi_id', 'int'],
          ['year', 'int'],
          ['value', 'float8'],
        ],
        targets,
      );
      await writer.insert(
        'kpi_outcome',
        [
          ['kpi_id', 'int'],
          ['outcome_id', 'int'],
        ],
        outcomeLinks,
      );
      await writer.insert(
        'kpi_target',
        [
          ['kpi_id', 'int'],
          ['target_id', 'int'],
        ],
        targetLinks,
      );
      await writer.insert('kpi_value', VALUE_COLUMNS, valueRows);
      values += valueRows.length;
    }
    ok = true;
    return { kpiIds, values };
  } finally {
    await writer.finish(ok);
  }
}
