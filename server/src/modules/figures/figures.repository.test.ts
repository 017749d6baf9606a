// A plan's values read whole (on SQLite as JSON text grouped per KPI and region, a chunk of KPIs at a time
// on the reader thread, db/sqlite-reader.ts) are the rows read KPI by KPI and sorted out in JavaScript
// (kpi-values.ts): every digit of a number, nulls, regions, quarter indexes and submission times, across more
// than one chunk of KPIs; and the same when read on the database's own connection. The read starts from the
// plan's KPIs, so a plan's first figures do not read every other plan's.
import { indexActuals } from '@rbm/shared/rbm';
import { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { readerOf } from '../../db/connection.ts';
import {
  findKpiValues,
  groupedPlanValues,
  groupedPlanValuesOnPostgres,
  KPIS_PER_CHUNK,
  planValues,
  readPlan,
  readValues,
  type PlanDefinitions,
} from './figures.repository.ts';
import type { KpiValues } from './kpi-values.ts';

let ctx: TestContext;
let planId: number;
let kpiIds: number[];
beforeAll(async () => {
  ctx = await buildTestApp({ onFile: true }); // SQLite in a file: with its reader thread
  const plan = await ctx.db
    .selectFrom('plan')
    .select('id')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  planId = plan.id;
  // 300 more KPIs, so that the plan's KPIs span several chunks
  const {
    id: _id,
    code,
    ...model
  } = await ctx.db
    .selectFrom('kpi')
    .selectAll()
    .where('planId', '=', planId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const added = await ctx.db
    .insertInto('kpi')
    .values(Array.from({ length: 300 }, (_, i) => ({ ...model, code: `${code}-R${i}` })))
    .returning('id')
    .execute();
  const region = await ctx.db.selectFrom('region').select('id').orderBy('id').executeTakeFirstOrThrow();
  const numbers = [0.1 + 0.2, 1 / 3, 123456789.12345679, -0, 5e-324, 1e300, 2 ** 53 - 1, -42, null];
  await ctx.db
    .insertInto('kpiValue')
    .values(
      added.flatMap(({ id }, i) => [
        {
          kpiId: id,
          period: '2025-Q2',
          regionId: null,
          value: numbers[i % numbers.length] ?? null,
          noDataReason: numbers[i % numbers.length] === null ? 'Not collected' : null,
          state: 'approved',
          version: 1,
          enteredAt: '2025-07-01T00:00:00.000Z',
          submittedAt: `2025-07-0${1 + (i % 9)}T10:00:00.000Z`,
          approvedAt: '2025-07-20T00:00:00.000Z',
        },
        {
          kpiId: id,
          period: '2025-Q2',
          regionId: region.id,
          value: i / 7,
          state: i % 2 === 0 ? 'approved' : 'draft',
          version: 1,
          enteredAt: '2025-07-01T00:00:00.000Z',
          submittedAt: '2025-07-02T10:00:00.000Z',
        },
        // a region's value of a year, not a quarter: not indexed by quarter, on either read
        ...(i % 10 === 0
          ? [
              {
                kpiId: id,
                period: '2025',
                regionId: region.id,
                value: 7,
                state: 'approved',
                version: 1,
                enteredAt: '2025-07-01T00:00:00.000Z',
              },
            ]
          : []),
      ]),
    )
    .execute();
  kpiIds = (await ctx.db.selectFrom('kpi').select('id').where('planId', '=', planId).execute()).map(
    (k) => k.id,
  );
});
afterAll(async () => ctx.close());

/** Each KPI's values in one order, submission times as ISO text. */
const normalized = (byKpi: Map<number, KpiValues>) =>
  [...byKpi]
    .sort(([a], [b]) => a - b)
    .map(([id, { totals, regional, submissions }]) => ({
      id,
      totals: [...totals].sort((a, b) => a.period.localeCompare(b.period)),
      regional: [...regional]
        .sort(([a], [b]) => a - b)
        .map(([region, quarters]) => [region, [...quarters].sort(([a], [b]) => a - b)]),
      submissions: submissions
        .map((s) => ({ ...s, submittedAt: s.submittedAt?.toISOString() ?? null }))
        .sort((a, b) => a.period.localeCompare(b.period)),
    }));

describe('a plan read whole', () => {
  it('has the values read KPI by KPI, every digit of each value included, in every state asked for', async () => {
    expect(kpiIds.length).toBeGreaterThan(2 * KPIS_PER_CHUNK);
    for (const states of [['approved'], ['approved', 'submitted', 'draft']] as const) {
      const whole = await findKpiValues(ctx.db, planId, states);
      const byKpi = await findKpiValues(ctx.db, planId, states, kpiIds);
      expect(whole.size).toBeGreaterThan(300);
      expect(normalized(whole)).toStrictEqual(normalized(byKpi));
      // in a transaction there is no reader (its own writes would not be seen there): the same values
      const onConnection = await ctx.db.transaction().execute(async (tx) => {
        expect(readerOf(tx)).toBeUndefined();
        return findKpiValues(tx, planId, states);
      });
      expect(normalized(onConnection)).toStrictEqual(normalized(whole));
      const totals = new Set([...whole.values()].flatMap((v) => v.totals.map((t) => t.value)));
      for (const n of [0.1 + 0.2, 1 / 3, 123456789.12345679, 5e-324, 1e300, 2 ** 53 - 1, -42]) {
        expect(totals.has(n)).toBe(true);
      }
    }
  });

  it("indexes each region's values by quarter as the calculation module does, from the rows themselves", async () => {
    const rows = await ctx.db
      .selectFrom('kpiValue')
      .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
      .select(['kpiValue.kpiId', 'kpiValue.period', 'kpiValue.regionId', 'kpiValue.value'])
      .where('kpi.planId', '=', planId)
      .where('kpiValue.state', '=', 'approved')
      .where('kpiValue.regionId', 'is not', null)
      .execute();
    const whole = await findKpiValues(ctx.db, planId, ['approved']);
    let regions = 0;
    for (const [id, { regional }] of whole) {
      for (const [regionId, quarters] of regional) {
        const actuals = rows
          .filter((r) => r.kpiId === id && r.regionId === regionId && r.value !== null)
          .map((r) => ({ period: r.period, value: r.value as number }));
        expect([...quarters].sort(([a], [b]) => a - b)).toStrictEqual(
          [...indexActuals(actuals)].sort(([a], [b]) => a - b),
        );
        regions += 1;
      }
    }
    expect(regions).toBeGreaterThan(150);
    // the fixture's approved 2025-Q2 values of the first region are there, at that quarter's index
    const region = await ctx.db.selectFrom('region').select('id').orderBy('id').executeTakeFirstOrThrow();
    const inQ2 = [...whole.values()].filter((v) => v.regional.get(region.id)?.has(2025 * 4 + 1));
    expect(inQ2.length).toBeGreaterThan(100);
  });

  it('has the same definitions read on the reader thread as on the connection, the values with them', async () => {
    const sorted = (d: PlanDefinitions) => ({
      kpis: [...d.kpis].sort((a, b) => a.id - b.id),
      targets: [...d.targets].sort((a, b) => a.kpiId - b.kpiId || a.year - b.year),
      outcomeLinks: [...d.outcomeLinks].sort((a, b) => a.kpiId - b.kpiId || a.outcomeId - b.outcomeId),
      targetLinks: [...d.targetLinks].sort((a, b) => a.kpiId - b.kpiId || a.targetId - b.targetId),
    });
    const read = async (db: typeof ctx.db) => {
      const values = new Map<number, KpiValues>();
      const plan = readPlan(db, planId, ['approved'], undefined, (chunk) => {
        for (const [id, v] of chunk) values.set(id, v);
      });
      const definitions = await plan.definitions;
      await plan.values;
      return { definitions: sorted(definitions), values: normalized(values) };
    };
    const whole = await read(ctx.db);
    const onConnection = await ctx.db.transaction().execute(read);
    expect(whole.definitions.kpis.length).toBeGreaterThan(300);
    expect(whole.definitions.targets.length).toBeGreaterThan(100);
    expect(whole.definitions.outcomeLinks.length).toBeGreaterThan(0);
    expect(whole.definitions.targetLinks.length).toBeGreaterThan(0);
    expect(whole).toStrictEqual(onConnection);
  });

  it('hands the values over a chunk at a time, every value of a KPI in the same chunk', async () => {
    if (ctx.dialect === 'sqlite') expect(readerOf(ctx.db)).toBeDefined();
    const chunkOf = new Map<number, number>();
    let chunks = 0;
    await readValues(ctx.db, planId, ['approved', 'submitted', 'draft'], undefined, (values) => {
      for (const id of values.keys()) {
        expect(chunkOf.has(id)).toBe(false);
        chunkOf.set(id, chunks);
      }
      chunks += 1;
    });
    expect(chunkOf.size).toBeGreaterThan(300);
    expect(chunks).toBe(Math.ceil(kpiIds.length / KPIS_PER_CHUNK));
  });

  it("finds the plan's values, or some KPIs', from its KPIs through both unique indexes, not by reading every plan's", async () => {
    const states = ['approved', 'submitted', 'draft'] as const;
    const queries = [planValues(planId, states), planValues(planId, states, kpiIds.slice(0, 3))];
    // a whole plan read grouped per KPI, a chunk of KPIs at a time
    const chunk = kpiIds.slice(0, KPIS_PER_CHUNK);
    if (ctx.dialect === 'sqlite') queries.push(groupedPlanValues(planId, states, chunk));
    else queries.push(groupedPlanValuesOnPostgres(planId, states, chunk));
    for (const values of queries) {
      const query = values.compile(ctx.db);
      const plan = await ctx.db.transaction().execute(async (tx) => {
        if (ctx.dialect === 'postgres') {
          // PostgreSQL reads small tables whole whatever the query; without that option it shows whether it
          // could use the indexes at all (a partial index needs its condition in the query)
          await tx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
        }
        const explain = ctx.dialect === 'sqlite' ? 'explain query plan' : 'explain';
        const { rows } = await tx.executeQuery<Record<string, unknown>>(
          CompiledQuery.raw(`${explain} ${query.sql}`, [...query.parameters]),
        );
        return rows.map((r) => String(r.detail ?? r['QUERY PLAN'] ?? '')).join('\n');
      });
      expect(plan).toContain('kpi_value_total_unique');
      expect(plan).toContain('kpi_value_region_unique');
      if (ctx.dialect === 'sqlite') expect(plan).not.toMatch(/SCAN (v|kpi_value)\b/);
      else expect(plan).not.toMatch(/Seq Scan on kpi_value/);
    }
  });

  it('reads nothing from a plan without values', async () => {
    const empty = await ctx.db
      .selectFrom('plan')
      .select('id')
      .where('id', '!=', planId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('kpi')
              .innerJoin('kpiValue', 'kpiValue.kpiId', 'kpi.id')
              .select('kpi.id')
              .whereRef('kpi.planId', '=', 'plan.id'),
          ),
        ),
      )
      .executeTakeFirst();
    const id = empty?.id ?? -1;
    expect(await findKpiValues(ctx.db, id, ['approved'])).toStrictEqual(new Map());
  });
});
