// The Council sees approved figures only: every GET route, called as the demo `council` account on the
// demo data, never returns a draft or submitted value.
import { api } from '@rbm/shared/api';
import type { KpiDetail, KpiLineage, KpiList, MouList } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../fixtures/demo-users.ts';
import type { AppInstance } from '../app-instance.ts';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';

let ctx: TestContext;
let council: AppInstance;
beforeAll(async () => {
  ctx = await buildTestApp();
  council = await ctx.signIn('council', DEMO_PASSWORD);
});
afterAll(async () => ctx.close());

/** Every place in a JSON document where a value's state is draft or submitted. */
function unapprovedStates(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => unapprovedStates(item, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const here =
      key === 'state' && (value === 'draft' || value === 'submitted') ? [`${path}.${key}=${value}`] : [];
    return [...here, ...unapprovedStates(value, `${path}.${key}`)];
  });
}

async function paramsForRoutes() {
  const kpi = await ctx.db
    .selectFrom('kpi')
    .select('id')
    .where('code', '=', 'D1-K1')
    .executeTakeFirstOrThrow();
  const user = await ctx.db
    .selectFrom('appUser')
    .select('id')
    .where('username', '=', 'planner')
    .executeTakeFirstOrThrow();
  // a risk whose latest assessment is a draft (the demo data leaves every other risk's last quarter so)
  const risk = await ctx.db
    .selectFrom('risk')
    .innerJoin('riskAssessment', 'riskAssessment.riskId', 'risk.id')
    .innerJoin('riskKpi', 'riskKpi.riskId', 'risk.id')
    .select('risk.id')
    .where('riskAssessment.state', '=', 'draft')
    .where('riskKpi.kpiId', '=', kpi.id)
    .executeTakeFirstOrThrow();
  // a recommendation whose latest state is a draft over confirmed ones (the demo data leaves some so)
  const recommendation = await ctx.db
    .selectFrom('recommendation')
    .innerJoin('recommendationState', 'recommendationState.recommendationId', 'recommendation.id')
    .select('recommendation.id')
    .where('recommendationState.state', '=', 'draft')
    .where('recommendation.id', 'in', (eb) =>
      eb.selectFrom('recommendationState').select('recommendationId').where('state', '=', 'confirmed'),
    )
    .executeTakeFirstOrThrow();
  // a commitment whose latest progress note is a draft over confirmed ones (the demo data leaves some so)
  const commitment = await ctx.db
    .selectFrom('commitment')
    .innerJoin('commitmentProgress', 'commitmentProgress.commitmentId', 'commitment.id')
    .select('commitment.id')
    .where('commitmentProgress.state', '=', 'draft')
    .where('commitment.id', 'in', (eb) =>
      eb.selectFrom('commitmentProgress').select('commitmentId').where('state', '=', 'confirmed'),
    )
    .executeTakeFirstOrThrow();
  // a MoU with a change awaiting its reviewer over a confirmed version (the demo data leaves some so)
  const mou = await ctx.db
    .selectFrom('mou')
    .select('id')
    .where('state', '=', 'draft')
    .where('published', 'is not', null)
    .executeTakeFirstOrThrow();
  const activity = await ctx.db
    .selectFrom('activity')
    .select('id')
    .where('code', '=', 'ACT-AFR-01')
    .executeTakeFirstOrThrow();
  const resolution = await ctx.db
    .selectFrom('resolution')
    .select('id')
    .where('conference', '=', 'PP')
    .where('number', '=', '191')
    .executeTakeFirstOrThrow();
  return {
    mouId: mou.id,
    commitmentId: commitment.id,
    activityId: activity.id,
    resolutionId: resolution.id,
    recommendationId: recommendation.id,
    plan: 'SP-2024-2027',
    id: kpi.id,
    priority: 'KAP-1',
    period: '2026-Q3',
    year: 2026,
    tokenId: 1,
    userId: user.id,
    riskId: risk.id,
  };
}

describe('every GET route as the council (viewer)', () => {
  it('answers without a draft or submitted value, or refuses (403)', async () => {
    const p = await paramsForRoutes();
    const gets = Object.entries(api).filter(([, r]) => r.method === 'GET');
    expect(gets.length).toBeGreaterThan(10);
    const answered: string[] = [];
    for (const [name, route] of gets) {
      // the item of each register the sweep reads: one whose latest state is a draft over a confirmed one
      const idOf: [string, number][] = [
        ['/api/users', p.userId],
        ['/api/risks', p.riskId],
        ['/api/recommendations', p.recommendationId],
        ['/api/commitments', p.commitmentId],
        ['/api/mous', p.mouId],
        ['/api/activities', p.activityId],
        ['/api/resolutions', p.resolutionId],
      ];
      const id = idOf.find(([prefix]) => route.url.startsWith(prefix))?.[1] ?? p.id;
      const url = route.url
        .replace(':plan', p.plan)
        .replace(':kind', 'outcome')
        .replace(':id', String(id))
        .replace(':priority', p.priority)
        .replace(':period', p.period)
        .replace(':year', String(p.year))
        .replace(':code', 'D1-K1');
      const res = await council.inject({ method: 'GET', url });
      expect([200, 403], `${name} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(
        res.statusCode,
      );
      if (res.statusCode === 403) continue;
      answered.push(name);
      // a spreadsheet (the MoU export) is checked against the confirmed MoUs in its own test below
      if (!String(res.headers['content-type']).includes('json')) continue;
      expect(unapprovedStates(res.json()), name).toEqual([]);
      const basis = (res.json() as { basis?: { values: string } }).basis;
      if (basis) expect(basis.values, name).toBe('approved');
    }
    // the Council reads the framework, KPIs, the dashboard, reports, comparisons and statistics
    expect(answered).toEqual(
      expect.arrayContaining([
        'getFramework',
        'listKpis',
        'getKpi',
        'getKpiLineage',
        'getDashboard',
        'getAnnualReport',
        'getComparison',
        'getOutlook',
        'getStatistics',
        'listRisks',
        'getRisk',
        'getRiskHeatMap',
        'getTopRisks',
        'listKpiRisks',
        'listRecommendations',
        'getRecommendation',
        'getRecommendationRates',
        'listCommitments',
        'getCommitment',
        'listMous',
        'getMou',
        'listThemes',
        'listActivities',
        'getActivity',
        'getThemeMatrix',
        'getRadar',
        'listResolutions',
        'getResolution',
        'getThemeReport',
        'exportMous',
        'getMouHistory',
      ]),
    );
    // the year under way is reported to date, as of a quarter every priority has approved
    const ytd = await council.inject({ method: 'GET', url: '/api/reports/annual/2026' });
    expect(ytd.json()).toMatchObject({
      yearToDate: '2026-Q2',
      basis: { values: 'approved', period: '2026-Q2' },
    });
    expect(answered).not.toContain('listReviews');
    expect(answered).not.toContain('listAuditEntries');
    // the framework editor's reads (items with versions, retired ones, their history) are for administrators
    expect(answered).not.toContain('listFrameworkItems');
    expect(answered).not.toContain('getFrameworkItem');
    expect(answered).not.toContain('getFrameworkItemHistory');
  });

  it('never exports an unconfirmed MoU state: the sheet is the confirmed list, row for row', async () => {
    const { mouId } = await paramsForRoutes();
    const row = await ctx.db
      .selectFrom('mou')
      .select(['code', 'partner', 'published'])
      .where('id', '=', mouId)
      .executeTakeFirstOrThrow();
    // make the draft differ visibly from the version the Council may read
    await ctx.db
      .updateTable('mou')
      .set({ partner: 'Unconfirmed partner name' })
      .where('id', '=', mouId)
      .execute();
    const neverConfirmed = await ctx.db
      .selectFrom('mou')
      .select('code')
      .where('published', 'is', null)
      .execute();
    expect(neverConfirmed.length).toBeGreaterThan(0);
    const res = await council.inject({ method: 'GET', url: '/api/mous/export?format=csv' });
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r\n/)
      .slice(1);
    const list = (await council.inject({ method: 'GET', url: '/api/mous' })).json<MouList>();
    expect(lines.map((l) => l.split(',')[0])).toEqual(list.items.map((m) => m.code));
    expect(list.items.every((m) => m.state === 'confirmed')).toBe(true);
    expect(res.body).not.toContain('Unconfirmed partner name');
    const published = JSON.parse(row.published ?? '{}') as { partner: string };
    expect(lines.find((l) => l.startsWith(`${row.code},`))).toContain(published.partner);
    for (const { code } of neverConfirmed)
      expect(
        lines.some((l) => l.startsWith(`${code},`)),
        code,
      ).toBe(false);
    await ctx.db.updateTable('mou').set({ partner: row.partner }).where('id', '=', mouId).execute();
  });

  it('never shows a KPI actual standing on an unapproved value, for any KPI or region', async () => {
    const unapproved = await ctx.db
      .selectFrom('kpiValue')
      .leftJoin('region', 'region.id', 'kpiValue.regionId')
      .select(['kpiValue.kpiId', 'kpiValue.period', 'region.code as region'])
      .where('kpiValue.state', 'in', ['draft', 'submitted'])
      .execute();
    expect(unapproved.length).toBeGreaterThan(0);
    const list = (await council.inject({ method: 'GET', url: '/api/kpis?pageSize=500' })).json<KpiList>();
    for (const summary of list.items) {
      const detail = (
        await council.inject({ method: 'GET', url: `/api/kpis/${summary.id}` })
      ).json<KpiDetail>();
      for (const value of unapproved.filter((v) => v.kpiId === summary.id)) {
        const series =
          value.region === null
            ? detail.series.quarters
            : detail.regionalSeries.find((r) => r.region === value.region)?.quarters;
        const point = series?.find((q) => q.period === value.period);
        expect(point?.actual ?? null, `${detail.code} ${value.period} ${value.region ?? ''}`).toBeNull();
      }
    }
  });

  it("never shows a draft risk assessment in a priority's quarter (the review's list of risks)", async () => {
    const drafts = await ctx.db
      .selectFrom('riskAssessment')
      .innerJoin('riskPriority', 'riskPriority.riskId', 'riskAssessment.riskId')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'riskPriority.priorityId')
      .select(['thematicPriority.code as priority', 'riskAssessment.period'])
      .where('riskAssessment.state', '=', 'draft')
      .execute();
    expect(drafts.length).toBeGreaterThan(0);
    const quarters = new Set(drafts.map((d) => `priority=${d.priority}&period=${d.period}`));
    for (const query of quarters) {
      const res = await council.inject({ method: 'GET', url: `/api/risks?${query}` });
      expect(res.statusCode, query).toBe(200);
      expect(unapprovedStates(res.json()), query).toEqual([]);
    }
  });

  it('refuses include=unapproved on every figure', async () => {
    for (const url of [
      '/api/dashboard?include=unapproved',
      '/api/kpis?include=unapproved',
      '/api/compare?include=unapproved',
      '/api/reports/annual/2026?include=unapproved',
      `/api/kpis/${(await paramsForRoutes()).id}?include=unapproved`,
    ]) {
      expect((await council.inject({ method: 'GET', url })).statusCode, url).toBe(403);
    }
  });
});

// Last in the file: it adds a draft plan (a copy of SP-2024-2027, with the same KPI codes).
describe('a draft plan, as the council', () => {
  it('does not exist: not listed, and every GET route naming it answers 404 (or 403)', async () => {
    const draft = 'SP-2028-2031';
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/plans/SP-2024-2027/successor',
      payload: { code: draft, title: 'Draft plan', startYear: 2028, endYear: 2031 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const plans = (await council.inject({ method: 'GET', url: '/api/plans' })).json<{
      items: { code: string }[];
    }>();
    expect(plans.items.map((p) => p.code)).not.toContain(draft);
    const draftKpi = await ctx.db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select('kpi.id')
      .where('plan.code', '=', draft)
      .where('kpi.code', '=', 'D1-K1')
      .executeTakeFirstOrThrow();
    let named = 0;
    for (const [name, route] of Object.entries(api).filter(([, r]) => r.method === 'GET')) {
      const query = (route.schema as { querystring?: { properties?: Record<string, unknown> } }).querystring;
      const takesPlan = route.url.includes(':plan') || query?.properties?.plan !== undefined;
      const kpiRoute = route.url.startsWith('/api/kpis/:id');
      if (!takesPlan && !kpiRoute) continue;
      const path = route.url
        .replace(':plan', draft)
        .replace(':id', String(draftKpi.id))
        .replace(':priority', 'KAP-1')
        .replace(':period', '2028-Q1')
        .replace(':year', '2028')
        .replace(':code', 'D1-K1');
      const url = takesPlan && !route.url.includes(':plan') ? `${path}?plan=${draft}` : path;
      const res = await council.inject({ method: 'GET', url });
      expect([403, 404], `${name} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(
        res.statusCode,
      );
      expect(res.body, name).not.toContain('Draft plan');
      named += 1;
    }
    expect(named).toBeGreaterThan(20);
  });

  it("once active, a continued KPI's page shows the previous plan's values approved only", async () => {
    const draft = 'SP-2028-2031';
    await ctx.db.updateTable('plan').set({ status: 'active' }).where('code', '=', draft).execute();
    const unapproved = await ctx.db
      .selectFrom('kpiValue')
      .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select(['kpi.code', 'kpiValue.period'])
      .where('plan.code', '=', 'SP-2024-2027')
      .where('kpiValue.regionId', 'is', null)
      .where('kpiValue.state', 'in', ['draft', 'submitted'])
      .execute();
    expect(unapproved.length).toBeGreaterThan(0);
    for (const code of new Set(unapproved.map((v) => v.code))) {
      const res = await council.inject({ method: 'GET', url: `/api/plans/${draft}/kpis/${code}` });
      if (res.statusCode === 404) continue; // an inactive KPI is not copied
      const lineage = (
        await council.inject({ method: 'GET', url: `/api/kpis/${res.json<KpiDetail>().id}/lineage` })
      ).json<KpiLineage>();
      const quarters = lineage.predecessors.flatMap((p) => p.quarters);
      for (const value of unapproved.filter((v) => v.code === code))
        expect(
          quarters.find((q) => q.period === value.period)?.actual ?? null,
          `${code} ${value.period}`,
        ).toBeNull();
    }
    await ctx.db.updateTable('plan').set({ status: 'draft' }).where('code', '=', draft).execute();
  });
});
