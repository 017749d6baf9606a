import { assessKpi, type RbmKpi } from '@rbm/shared/rbm';
import type { KpiDetail, KpiList, Outlook, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const get = async <T>(url: string) => {
  const res = await ctx.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json<T>() };
};

describe('GET /api/kpis', () => {
  it("lists the active plan's KPIs with their latest status from approved values", async () => {
    const { status, body } = await get<KpiList>('/api/kpis?pageSize=500');
    expect(status).toBe(200);
    expect(body.total).toBe(42);
    expect(body.items).toHaveLength(42);
    expect(body.basis.values).toBe('approved');
    expect(body.basis.asOf).toBe('2026-Q3');
    // the latest quarter (2026-Q3) holds drafts and submitted values only: published figures show no data
    const quarterly = body.items.filter((k) => k.frequency === 'quarterly');
    expect(quarterly.every((k) => k.latest.period === '2026-Q3' && k.latest.status === 'no_data')).toBe(true);
    const annual = body.items.filter((k) => k.frequency === 'annual');
    expect(annual.length).toBeGreaterThan(0);
    expect(annual.every((k) => k.latest.period === '2025-Q4')).toBe(true);
  });

  it('counts drafts and submitted values when include=unapproved, and says so', async () => {
    const { body } = await get<KpiList>('/api/kpis?include=unapproved&pageSize=500');
    expect(body.basis.values).toBe('unapproved');
    const statuses = new Set(body.items.map((k) => k.latest.status));
    expect(statuses.has('on_track')).toBe(true);
    expect(statuses.has('off_track')).toBe(true);
  });

  it('filters by Sector, priority, region, status and text, and paginates', async () => {
    const itud = await get<KpiList>('/api/kpis?sector=ITU-D&pageSize=500');
    expect(
      itud.body.items.every((k) => k.sector === 'ITU-D' || k.priorities.some((p) => p.startsWith('KAP'))),
    ).toBe(true);
    expect(itud.body.total).toBeGreaterThan(15);
    const kap1 = await get<KpiList>('/api/kpis?priority=KAP-1');
    expect(kap1.body.items.every((k) => k.priorities.includes('KAP-1'))).toBe(true);
    const regional = await get<KpiList>('/api/kpis?region=AFR&pageSize=500');
    expect(regional.body.total).toBe(7);
    const offTrack = await get<KpiList>(
      '/api/kpis?include=unapproved&status=off_track&status=at_risk&pageSize=500',
    );
    expect(offTrack.body.items.every((k) => ['off_track', 'at_risk'].includes(k.latest.status))).toBe(true);
    const search = await get<KpiList>('/api/kpis?q=satellite');
    expect(search.body.items.length).toBeGreaterThan(0);
    expect(search.body.items.every((k) => k.name.text.toLowerCase().includes('satellite'))).toBe(true);
    const page2 = await get<KpiList>('/api/kpis?page=2&pageSize=10');
    expect(page2.body).toMatchObject({ page: 2, pageSize: 10, total: 42 });
    expect(page2.body.items).toHaveLength(10);
  });

  it('rejects an unknown status, a bad page size and an unknown plan', async () => {
    expect((await get<Problem>('/api/kpis?status=great')).status).toBe(400);
    expect((await get<Problem>('/api/kpis?pageSize=0')).status).toBe(400);
    const unknown = await get<Problem>('/api/kpis?plan=SP-1900-1903');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('not_found');
  });
});

describe('GET /api/kpis/:id', () => {
  async function firstKpi(filter = '') {
    const { body } = await get<KpiList>(`/api/kpis?pageSize=500${filter}`);
    return body.items;
  }

  it('gives the definition, targets, links and a series whose figures equal the shared module', async () => {
    const [summary] = await firstKpi('&q=D1-K1');
    expect(summary).toBeDefined();
    const { status, body } = await get<KpiDetail>(`/api/kpis/${summary?.id}?include=unapproved`);
    expect(status).toBe(200);
    expect(body.code).toBe('D1-K1');
    expect(body.annualTargets.map((t) => t.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(body.series.quarters).toHaveLength(16);
    expect(body.series.years.map((y) => y.period)).toEqual(['2024', '2025', '2026', '2027']);
    expect(body.outcomes.length).toBeGreaterThan(0);
    expect(body.regions).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
    expect(body.regionalSeries).toHaveLength(6);

    // recompute one quarter independently from the stored values
    const values = await ctx.db
      .selectFrom('kpiValue')
      .select(['period', 'value'])
      .where('kpiId', '=', body.id)
      .where('regionId', 'is', null)
      .execute();
    const rbm: RbmKpi = {
      id: body.id,
      direction: body.direction,
      aggregation: body.aggregation,
      frequency: body.frequency,
      unit: body.unit,
      baseline: body.baseline,
      annualTargets: body.annualTargets,
      tolerance: body.tolerance,
    };
    const actuals = values.flatMap((v) => (v.value === null ? [] : [{ period: v.period, value: v.value }]));
    const expected = assessKpi(rbm, { startYear: 2024, endYear: 2027 }, actuals, '2026-Q3', TEST_NOW);
    const point = body.series.quarters.find((q) => q.period === '2026-Q3');
    expect(point).toMatchObject({
      status: expected.status,
      actual: expected.actual,
      expected: expected.expected,
    });
    expect(point?.state === 'draft' || point?.state === 'submitted').toBe(true);
    expect(body.series.quarters.find((q) => q.period === '2027-Q1')?.status).toBe('not_due');
  });

  it('forecasts level KPIs with enough actuals', async () => {
    const levels = (await firstKpi()).filter((k) => k.aggregation !== 'sum' && k.direction !== 'maintain');
    const detail = await get<KpiDetail>(`/api/kpis/${levels[0]?.id}`);
    expect(detail.body.forecast).not.toBeNull();
    expect(detail.body.forecast?.horizonYear).toBe(2030);
    expect(typeof detail.body.forecast?.meetsEndTarget).toBe('boolean');
    // a sum KPI is forecast too, as yearly totals, the same figure as the outlook's
    const sums = (await firstKpi()).filter((k) => k.aggregation === 'sum');
    const sum = (await get<KpiDetail>(`/api/kpis/${sums[0]?.id}`)).body;
    expect(sum.forecast).not.toBeNull();
    const outlook = (await get<Outlook>('/api/outlook')).body;
    const row = outlook.rows.find((r) => r.code === sum.code);
    expect(row?.forecast).toBeCloseTo(sum.forecast?.projectedAtPlanEnd ?? NaN);
  });

  it('shows French names where they exist', async () => {
    const [summary] = await firstKpi('&q=D1-K1');
    const { body } = await get<KpiDetail>(`/api/kpis/${summary?.id}?lang=fr`);
    expect(body.name.language).toBe('fr');
    expect(body.definition?.language).toBe('fr');
  });

  it('answers 404 for an unknown KPI and 400 for a malformed id', async () => {
    const missing = await get<Problem>('/api/kpis/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
    expect((await get<Problem>('/api/kpis/abc')).status).toBe(400);
  });
});

describe('GET /api/plans/:plan/kpis/:code', () => {
  async function kpiOfSector(sector: string, notSector = false) {
    return ctx.db
      .selectFrom('kpi')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
      .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select(['kpi.id', 'kpi.code'])
      .where('plan.code', '=', 'SP-2024-2027')
      .where('sector.code', notSector ? '<>' : '=', sector)
      .where('kpi.active', '=', 1)
      .orderBy('kpi.code')
      .executeTakeFirstOrThrow();
  }

  it('answers what GET /api/kpis/:id answers, whatever the case of the code', async () => {
    const [summary] = (await get<KpiList>('/api/kpis?pageSize=500&q=D1-K1')).body.items;
    const byId = await get<KpiDetail>(`/api/kpis/${summary?.id}?lang=fr`);
    const byCode = await get<KpiDetail>('/api/plans/SP-2024-2027/kpis/D1-K1?lang=fr');
    expect(byCode.status).toBe(200);
    expect(byCode.body).toEqual(byId.body);
    expect((await get<KpiDetail>('/api/plans/SP-2024-2027/kpis/d1-k1')).body.id).toBe(summary?.id);
    const unapproved = await get<KpiDetail>('/api/plans/SP-2024-2027/kpis/D1-K1?include=unapproved');
    expect(unapproved.body.basis.values).toBe('unapproved');
  });

  it('answers 404 problem+json for an unknown code or plan', async () => {
    for (const url of ['/api/plans/SP-2024-2027/kpis/NOPE-K9', '/api/plans/SP-1900/kpis/D1-K1']) {
      const res = await ctx.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<Problem>().code).toBe('not_found');
    }
  });

  it("keeps drafts within the reader's scope, as GET /api/kpis/:id does", async () => {
    const planner = await ctx.signIn('planner', DEMO_PASSWORD); // scope: ITU-D
    const council = await ctx.signIn('council', DEMO_PASSWORD);
    const inside = await kpiOfSector('ITU-D');
    const outside = await kpiOfSector('ITU-D', true);
    const status = async (app: typeof planner, url: string) =>
      (await app.inject({ method: 'GET', url })).statusCode;
    expect(await status(planner, `/api/plans/SP-2024-2027/kpis/${inside.code}?include=unapproved`)).toBe(200);
    expect(await status(planner, `/api/plans/SP-2024-2027/kpis/${outside.code}`)).toBe(200);
    const refused = await planner.inject({
      method: 'GET',
      url: `/api/plans/SP-2024-2027/kpis/${outside.code}?include=unapproved`,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().code).toBe('out_of_scope');
    expect(await status(planner, `/api/kpis/${outside.id}?include=unapproved`)).toBe(403);
    expect(await status(council, `/api/plans/SP-2024-2027/kpis/${inside.code}?include=unapproved`)).toBe(403);
    expect(await status(ctx.anonymous, `/api/plans/SP-2024-2027/kpis/${inside.code}`)).toBe(401);
  });
});
