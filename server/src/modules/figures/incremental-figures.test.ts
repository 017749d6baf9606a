// Figures kept up to date by difference (figure-index.ts) equal the figures of a fresh load, whatever the
// writes in between: random values entered, changed and deleted (whole KPI and regions), quarters submitted,
// approved and returned, through the API against the suite's database (SQLite or PostgreSQL).
import type { RollUpFigures } from '@rbm/shared/schemas';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import {
  MeasurementStore,
  resolvePlan,
  rollUpGroups,
  rollUpPlan,
  timelinessOf,
  type Grouping,
  type Visibility,
} from './figures.service.ts';
import { aheadKey } from './figure-index.ts';
import { groupsOf, momentKey } from './kpi-figures.ts';
import type { PlanMeasurement } from './measurement.ts';

let ctx: TestContext;
let kpis: Array<{ id: number; ownerPriorityId: number; byRegion: number }>;
let priorities: Map<number, string>;
let regions: string[];
beforeAll(async () => {
  ctx = await buildTestApp();
  const plan = await resolvePlan(ctx, {});
  kpis = await ctx.db
    .selectFrom('kpi')
    .select(['id', 'ownerPriorityId', 'byRegion'])
    .where('planId', '=', plan.id)
    .where('active', '=', 1)
    .orderBy('id')
    .execute();
  const rows = await ctx.db.selectFrom('thematicPriority').select(['id', 'code']).execute();
  priorities = new Map(rows.map((p) => [p.id, p.code]));
  regions = (await ctx.db.selectFrom('region').select('code').orderBy('sortOrder').execute()).map(
    (r) => r.code,
  );
});
afterAll(async () => ctx.close());

const GROUPINGS: Grouping[] = ['goal', 'target', 'sector', 'priority', 'outcome', 'region'];
/** A complete quarter (under review in the demo), the quarter under way, and the year they fall in. */
const PERIODS = ['2026-Q3', '2026-Q4', '2026', '2025'];
const WRITTEN = ['2026-Q3', '2026-Q4'];

interface Figures {
  plan: RollUpFigures;
  groups: Record<string, Array<[number, RollUpFigures]>>;
}

/** Every roll-up of one period of a measurement. */
function periodFiguresOf(measurement: PlanMeasurement, period: string, now = TEST_NOW): Figures {
  const groups: Figures['groups'] = {};
  for (const grouping of GROUPINGS)
    groups[grouping] = [...rollUpGroups(measurement, grouping, period, now)].sort((a, b) => a[0] - b[0]);
  return { plan: rollUpPlan(measurement, period, now), groups };
}

/** Every roll-up of every period the test looks at, in both visibilities, from the given store. */
async function figuresOf(store: MeasurementStore): Promise<Record<string, Figures>> {
  const plan = await resolvePlan(ctx, {});
  const result: Record<string, Figures> = {};
  for (const visibility of ['approved', 'all'] as Visibility[]) {
    const measurement = await store.get(ctx.db, plan, visibility);
    for (const period of PERIODS) result[`${visibility}|${period}`] = periodFiguresOf(measurement, period);
  }
  return result;
}

const kpiOf = (index: number) => kpis[index % kpis.length] as (typeof kpis)[number];
/** A region for KPIs reported by region (index 0: the KPI as a whole). */
const regionOf = (kpi: (typeof kpis)[number], index: number) =>
  index === 0 || kpi.byRegion !== 1 ? undefined : regions[(index - 1) % regions.length];

async function currentVersion(kpiId: number, period: string, region: string | undefined) {
  const row = await ctx.db
    .selectFrom('kpiValue')
    .leftJoin('region', 'region.id', 'kpiValue.regionId')
    .select('kpiValue.version')
    .where('kpiValue.kpiId', '=', kpiId)
    .where('kpiValue.period', '=', period)
    .$call((qb) =>
      region === undefined ? qb.where('kpiValue.regionId', 'is', null) : qb.where('region.code', '=', region),
    )
    .executeTakeFirst();
  return row?.version;
}

const write = fc.oneof(
  fc.record({
    kind: fc.constant('put' as const),
    kpi: fc.nat(),
    region: fc.nat({ max: 4 }),
    period: fc.constantFrom(...WRITTEN),
    value: fc.option(fc.integer({ min: 0, max: 400 }), { freq: 5 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    kpi: fc.nat(),
    region: fc.nat({ max: 4 }),
    period: fc.constantFrom(...WRITTEN),
  }),
  fc.record({
    kind: fc.constantFrom('submit' as const, 'approve' as const, 'return' as const),
    kpi: fc.nat(),
    period: fc.constantFrom(...WRITTEN),
  }),
);
type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

/** Sends the write; refusals (locked, incomplete, not submitted) are part of the game and change nothing. */
async function send(w: Write): Promise<number> {
  const kpi = kpiOf(w.kpi);
  if (w.kind === 'put' || w.kind === 'delete') {
    const region = regionOf(kpi, w.region);
    const version = await currentVersion(kpi.id, w.period, region);
    const url = `/api/kpis/${kpi.id}/values/${w.period}`;
    if (w.kind === 'delete') {
      const query = new URLSearchParams({
        ...(region ? { region } : {}),
        ...(version ? { version: String(version) } : {}),
      });
      return (await ctx.app.inject({ method: 'DELETE', url: `${url}?${query.toString()}` })).statusCode;
    }
    const payload = {
      value: w.value,
      ...(w.value === null ? { noDataReason: 'Survey postponed' } : {}),
      ...(region ? { region } : {}),
      ...(version ? { version } : {}),
    };
    return (await ctx.app.inject({ method: 'PUT', url, payload })).statusCode;
  }
  const priority = priorities.get(kpi.ownerPriorityId) as string;
  const payload = w.kind === 'return' ? { comment: 'Please check the figures' } : {};
  const url = `/api/reviews/${priority}/${w.period}/${w.kind}`;
  return (await ctx.app.inject({ method: 'POST', url, payload })).statusCode;
}

/** Timeliness added up per KPI equals the reporting calendar's over the group's KPIs. */
async function expectCalendarTimeliness(store: MeasurementStore) {
  const plan = await resolvePlan(ctx, {});
  for (const visibility of ['approved', 'all'] as Visibility[]) {
    const measurement = await store.get(ctx.db, plan, visibility);
    for (const period of PERIODS) {
      const overall = rollUpPlan(measurement, period, TEST_NOW).timeliness;
      expect(overall).toBe(timelinessOf(measurement.kpis, measurement, period, TEST_NOW));
      for (const grouping of ['goal', 'sector', 'priority', 'outcome'] as const)
        for (const [id, figures] of rollUpGroups(measurement, grouping, period, TEST_NOW)) {
          const kpis = measurement.kpis.filter((k) => groupsOf(k, grouping).includes(id));
          expect(figures.timeliness).toBe(timelinessOf(kpis, measurement, period, TEST_NOW));
        }
    }
  }
}

describe('figures updated by difference', () => {
  it('equal a full recomputation from a fresh load after any sequence of writes', async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 12 }), async (writes) => {
        await figuresOf(ctx.app.measurements); // the app's figures, kept from the runs before
        for (const w of writes) {
          statuses.add(await send(w));
          // read after each write, so that each one is applied to the kept figures by difference
          await figuresOf(ctx.app.measurements);
        }
        const fresh = new MeasurementStore();
        expect(await figuresOf(ctx.app.measurements)).toEqual(await figuresOf(fresh));
        await expectCalendarTimeliness(fresh);
      }),
      { numRuns: 25, seed: 19 },
    );
    // the writes did change figures: values were saved and deleted, and quarters decided
    expect([...statuses].some((s) => s === 200 || s === 201)).toBe(true);
    expect(statuses.has(204)).toBe(true);
  }, 120_000);
});

describe('figures worked out while a plan is read', () => {
  it("equal the figures computed after the read, and are taken by the period's figures", async () => {
    const plan = await resolvePlan(ctx, {});
    const later = new Date(TEST_NOW.getTime() + 200 * 86_400_000); // another quarter complete
    for (const visibility of ['approved', 'all'] as Visibility[])
      for (const period of PERIODS) {
        const plain = await new MeasurementStore().get(ctx.db, plan, visibility);
        const read = () => new MeasurementStore().get(ctx.db, plan, visibility, { period, now: TEST_NOW });
        const ahead = await read();
        const key = aheadKey(momentKey(ahead.rbmPlan, period, TEST_NOW));
        expect(ahead.memory.get(key)).toBeInstanceOf(Map);
        expect(periodFiguresOf(ahead, period)).toEqual(periodFiguresOf(plain, period));
        expect(ahead.memory.get(key)).toBeUndefined();
        // at another moment the parts worked out ahead are not the figures': they are computed anew
        const other = await read();
        expect(periodFiguresOf(other, period, later)).toEqual(periodFiguresOf(plain, period, later));
      }
  });
});
