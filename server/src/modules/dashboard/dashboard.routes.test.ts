import { assessKpi, rollUp, type RbmKpi } from '@rbm/shared/rbm';
import type { Dashboard, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const dashboard = async (query: string) => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/dashboard${query}` });
  return { status: res.statusCode, body: res.json<Dashboard>() };
};

/** The plan's roll-up for a period, recomputed from the database rows with the shared module alone. */
async function independentOverall(period: string, states: string[]) {
  const kpis = await ctx.db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .selectAll('kpi')
    .where('plan.code', '=', 'SP-2024-2027')
    .execute();
  const targets = await ctx.db.selectFrom('kpiAnnualTarget').selectAll().execute();
  const values = await ctx.db
    .selectFrom('kpiValue')
    .selectAll()
    .where('regionId', 'is', null)
    .where('state', 'in', states)
    .execute();
  const items = kpis.map((k) => {
    const rbm: RbmKpi = {
      id: k.id,
      direction: k.direction as RbmKpi['direction'],
      aggregation: k.aggregation as RbmKpi['aggregation'],
      frequency: k.frequency as RbmKpi['frequency'],
      unit: k.unit as RbmKpi['unit'],
      baseline:
        k.baselineValue === null || k.baselinePeriod === null
          ? null
          : { value: k.baselineValue, period: k.baselinePeriod },
      annualTargets: targets.filter((t) => t.kpiId === k.id).map((t) => ({ year: t.year, value: t.value })),
      tolerance: k.tolerance,
      weight: k.weight,
    };
    const actuals = values
      .filter((v) => v.kpiId === k.id && v.value !== null)
      .map((v) => ({ period: v.period, value: v.value as number }));
    const assessment = assessKpi(rbm, { startYear: 2024, endYear: 2027 }, actuals, period, TEST_NOW);
    return { kpiId: k.id, weight: k.weight, direction: rbm.direction, assessment };
  });
  return rollUp(items);
}

describe('GET /api/dashboard', () => {
  it('rolls the last complete quarter up by goal, Sector, priority and region from approved values', async () => {
    const { status, body } = await dashboard('');
    expect(status).toBe(200);
    expect(body.plan.code).toBe('SP-2024-2027');
    expect(body.basis).toEqual({ values: 'approved', period: '2026-Q3', asOf: '2026-Q3' });
    expect(body.goals.map((g) => g.code)).toEqual(['G1', 'G2']);
    expect(body.sectors.map((s) => s.code)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'GS']);
    expect(body.priorities).toHaveLength(10);
    expect(body.regions.map((r) => r.code)).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
    // nothing of 2026-Q3 is approved yet: the published figure says no data, never 0
    expect(body.overall.status).toBe('no_data');
    expect(body.overall.score).toBeNull();
    expect(body.overall.completeness).toBe(0);
  });

  it('equals the shared module recomputed from the stored values', async () => {
    const { body } = await dashboard('?period=2026-Q2');
    const expected = await independentOverall('2026-Q2', ['approved']);
    expect(body.overall).toMatchObject({
      status: expected.status,
      counts: expected.counts,
      kpiCount: expected.kpiCount,
      completeness: expected.completeness,
    });
    expect(body.overall.score).toBeCloseTo(expected.score ?? Number.NaN, 10);
    const unapproved = await dashboard('?period=2026-Q3&include=unapproved');
    const expectedUnapproved = await independentOverall('2026-Q3', ['draft', 'submitted', 'approved']);
    expect(unapproved.body.basis.values).toBe('unapproved');
    expect(unapproved.body.overall.counts).toEqual(expectedUnapproved.counts);
  });

  it('counts a KPI linked to several priorities once in the plan and once in each group', async () => {
    const { body } = await dashboard('?period=2026-Q2');
    expect(body.overall.kpiCount).toBe(42);
    for (const group of [...body.sectors, ...body.priorities, ...body.goals]) {
      const counted = Object.values(group.rollUp.counts).reduce((a, b) => a + b, 0);
      expect(counted).toBe(group.rollUp.kpiCount);
    }
    const sectorKpis = body.sectors.reduce((sum, s) => sum + s.rollUp.kpiCount, 0);
    expect(sectorKpis).toBeGreaterThan(42); // shared across Sectors: in each Sector, once
  });

  it('reports timeliness for quarters whose deadline has passed', async () => {
    const { body } = await dashboard('?period=2025');
    expect(body.overall.timeliness).toBeGreaterThan(0.5);
    expect(body.overall.timeliness).toBeLessThan(1);
  });

  it('reflects a write at once (the cache follows the data revision)', async () => {
    const before = await dashboard('?period=2026-Q3&include=unapproved');
    const kpi = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D2-K3')
      .executeTakeFirstOrThrow();
    const res = await ctx.app.inject({ method: 'DELETE', url: `/api/kpis/${kpi.id}/values/2026-Q3` });
    expect(res.statusCode).toBe(204);
    const after = await dashboard('?period=2026-Q3&include=unapproved');
    expect(after.body.overall.reportedCount).toBe(before.body.overall.reportedCount - 1);
  });

  it('answers 304 to a client that already has this revision, and a new ETag after a write', async () => {
    const first = await ctx.app.inject({ method: 'GET', url: '/api/dashboard?include=unapproved' });
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    const again = await ctx.app.inject({
      method: 'GET',
      url: '/api/dashboard?include=unapproved',
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const kpi = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D2-K5')
      .executeTakeFirstOrThrow();
    expect(
      (await ctx.app.inject({ method: 'DELETE', url: `/api/kpis/${kpi.id}/values/2026-Q3` })).statusCode,
    ).toBe(204);
    const changed = await ctx.app.inject({
      method: 'GET',
      url: '/api/dashboard?include=unapproved',
      headers: { 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('names the groups in the language asked for', async () => {
    const { body } = await dashboard('?lang=fr');
    expect(body.goals[0]?.name.language).toBe('fr');
  });

  it('refuses periods outside the plan (422), malformed ones (400) and unknown plans (404)', async () => {
    const outside = await ctx.app.inject({ method: 'GET', url: '/api/dashboard?period=2019-Q1' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json<Problem>().code).toBe('period_outside_plan');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/dashboard?period=2025-Q7' })).statusCode).toBe(
      400,
    );
    expect((await ctx.app.inject({ method: 'GET', url: '/api/dashboard?plan=NOPE' })).statusCode).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/dashboard?include=everything' })).statusCode,
    ).toBe(400);
  });
});
