// The risk register through the API, on the demo data: a focal point (a planner of the owner Sector)
// creates, edits and assesses risks; a reviewer of the Sector confirms; other scopes are refused; every
// write is checked (4xx naming the field) and audited; readers outside the Sector see confirmed
// assessments only, and so do the heat map and the top risks.
import type { KpiRisks, Problem, RiskDetail, RiskHeatMap, RiskList, TopRisks } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { signInUnitUsers } from '../../../test/unit-users.ts';
import { riskBody as body, riskRating as rating, riskSteps } from './risks.test-support.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
let otherPlanner: AppInstance; // R-TER only
let otherReviewer: AppInstance; // R-TER only
let steps: ReturnType<typeof riskSteps>;

beforeAll(async () => {
  ctx = await buildTestApp();
  ({ planner, reviewer, council, otherPlanner, otherReviewer } = await signInUnitUsers(ctx));
  steps = riskSteps(ctx);
});
afterAll(async () => ctx.close());

const auditRows = (entity: string) => steps.auditRows(entity);
const riskCount = () => steps.riskCount();
const create = (app: AppInstance, over: Record<string, unknown> = {}) => steps.create(app, over);

describe('creating and editing a risk', () => {
  it('lets a focal point of the owner Sector create a risk, audited, with its links and actions', async () => {
    const res = await create(planner);
    expect(res.statusCode, res.body).toBe(201);
    const risk = res.json<RiskDetail>();
    expect(risk).toMatchObject({
      code: 'RSK-TEST-1',
      plan: 'SP-2024-2027',
      sector: { code: 'ITU-D' },
      priorities: ['KAP-1'],
      outcomes: ['KAP-1.1'],
      kpis: ['D1-K1'],
      latest: null,
      assessments: [],
      version: 1,
      canEdit: true,
      canConfirm: false,
      // due 2026-06-30, in progress, and the test's today is 2026-11-23
      actions: [{ owner: 'BDT', status: 'in_progress', overdue: true }],
    });
    const audit = (await auditRows('risk')).at(-1);
    expect(audit).toMatchObject({ action: 'create', entityId: String(risk.id), actor: 'planner' });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({ code: 'RSK-TEST-1', kpis: ['D1-K1'] });
  });

  it('refuses a planner of another priority (403) and writes nothing', async () => {
    const before = await riskCount();
    const res = await create(otherPlanner, { code: 'RSK-TEST-OUT' });
    expect(res.statusCode).toBe(403);
    expect(res.json<Problem>().code).toBe('out_of_scope');
    expect(await riskCount()).toBe(before);
    const council403 = await create(council, { code: 'RSK-TEST-OUT' });
    expect(council403.statusCode).toBe(403);
  });

  it('names every bad field of a risk (422), an unknown code (409 when taken) and schema errors (400)', async () => {
    const before = await riskCount();
    const bad = await create(planner, {
      code: 'RSK-TEST-2',
      sector: 'ITU-X',
      priorities: ['KAP-9'],
      kpis: ['D1-K1', 'NOPE'],
      actions: [{ description: 'x', owner: 'y', dueDate: '2026-02-30', status: 'not_started' }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
      ['body.sector', 'unknown_sector'],
      ['body.priorities.0', 'unknown_link'],
      ['body.kpis.1', 'unknown_link'],
      ['body.actions.0.dueDate', 'invalid_date'],
    ]);
    const taken = await create(planner);
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>().code).toBe('risk_code_taken');
    const schema = await create(planner, { code: 'RSK-TEST-3', category: 'weather', treatment: 'ignore' });
    expect(schema.statusCode).toBe(400);
    expect(await riskCount()).toBe(before);
  });

  it('edits a risk against its version (409 when stale) and audits before and after', async () => {
    const risk = await riskByCode('RSK-TEST-1');
    const stale = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${risk.id}`,
      payload: { ...body({ title: 'Stale' }), version: risk.version + 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version_conflict');
    const res = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${risk.id}`,
      payload: {
        ...body({ treatment: 'transfer', kpis: ['D1-K1', 'D1-K2'], actions: [] }),
        version: risk.version,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<RiskDetail>()).toMatchObject({
      treatment: 'transfer',
      kpis: ['D1-K1', 'D1-K2'],
      actions: [],
      version: 2,
    });
    const audit = (await auditRows('risk')).at(-1);
    expect(audit?.action).toBe('update');
    expect(JSON.parse(audit?.beforeJson ?? '{}')).toMatchObject({ treatment: 'mitigate' });
    const out = await otherPlanner.inject({
      method: 'PUT',
      url: `/api/risks/${risk.id}`,
      payload: { ...body(), version: 2 },
    });
    expect(out.statusCode).toBe(403);
    const moved = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${risk.id}`,
      payload: { ...body({ sector: 'ITU-R' }), version: 2 },
    });
    expect(moved.statusCode).toBe(403);
    expect((await riskByCode('RSK-TEST-1')).sector.code).toBe('ITU-D');
  });
});

async function riskByCode(code: string): Promise<RiskDetail> {
  const row = await ctx.db.selectFrom('risk').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return (await ctx.app.inject({ method: 'GET', url: `/api/risks/${row.id}` })).json<RiskDetail>();
}

describe('assessing a quarter and confirming it', () => {
  it('keeps a draft from the Council until the reviewer of the Sector confirms it', async () => {
    const { id } = await riskByCode('RSK-TEST-1');
    const url = `/api/risks/${id}/assessments/2026-Q3`;
    const assessed = await planner.inject({ method: 'PUT', url, payload: rating });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(assessed.json<RiskDetail>().latest).toMatchObject({
      period: '2026-Q3',
      state: 'draft',
      residual: { likelihood: 3, impact: 4, score: 12 },
      withinAppetite: false,
    });
    const seen = (await council.inject({ method: 'GET', url: `/api/risks/${id}` })).json<RiskDetail>();
    expect(seen.latest).toBeNull();
    expect(seen.assessments).toEqual([]);
    const heatBefore = (
      await council.inject({ method: 'GET', url: '/api/risks/heat-map' })
    ).json<RiskHeatMap>();
    expect(heatBefore.cells.flatMap((c) => c.risks).some((r) => r.id === id)).toBe(false);

    expect((await planner.inject({ method: 'POST', url: `${url}/confirm` })).statusCode).toBe(403);
    const foreign = await otherReviewer.inject({ method: 'POST', url: `${url}/confirm` });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json<Problem>().code).toBe('out_of_scope');
    const confirmed = await reviewer.inject({ method: 'POST', url: `${url}/confirm` });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<RiskDetail>().latest).toMatchObject({
      state: 'confirmed',
      confirmedBy: 'Rene Reviewer, BDT',
    });

    const after = (await council.inject({ method: 'GET', url: `/api/risks/${id}` })).json<RiskDetail>();
    expect(after.assessments.map((a) => [a.period, a.state])).toEqual([['2026-Q3', 'confirmed']]);
    const heat = (await council.inject({ method: 'GET', url: '/api/risks/heat-map' })).json<RiskHeatMap>();
    const cell = heat.cells.find((c) => c.likelihood === 3 && c.impact === 4);
    expect(cell?.risks.map((r) => r.code)).toContain('RSK-TEST-1');
    const actions = (await auditRows('risk_assessment')).map((r) => [r.action, r.entityId, r.actor]);
    expect(actions).toEqual([
      ['create', `${id}/2026-Q3`, 'planner'],
      ['confirm', `${id}/2026-Q3`, 'reviewer'],
    ]);
  });

  it('refuses to change or confirm again a confirmed quarter (409), and unknown or future quarters', async () => {
    const { id } = await riskByCode('RSK-TEST-1');
    const again = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${id}/assessments/2026-Q3`,
      payload: rating,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('assessment_confirmed');
    const twice = await reviewer.inject({
      method: 'POST',
      url: `/api/risks/${id}/assessments/2026-Q3/confirm`,
    });
    expect(twice.json<Problem>().code).toBe('assessment_confirmed');
    const none = await reviewer.inject({
      method: 'POST',
      url: `/api/risks/${id}/assessments/2026-Q2/confirm`,
    });
    expect(none.statusCode).toBe(404);
    for (const period of ['2027-Q1', '2023-Q4']) {
      const res = await planner.inject({
        method: 'PUT',
        url: `/api/risks/${id}/assessments/${period}`,
        payload: rating,
      });
      expect(res.statusCode, period).toBe(422);
      expect(res.json<Problem>().errors?.[0]).toMatchObject({
        field: 'params.period',
        code: 'period_not_assessable',
      });
    }
    // the quarter under way may be assessed (risks look ahead)
    const current = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${id}/assessments/2026-Q4`,
      payload: rating,
    });
    expect(current.statusCode).toBe(200);
    const scale = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${id}/assessments/2026-Q4`,
      payload: { ...rating, residual: { likelihood: 6, impact: 0 } },
    });
    expect(scale.statusCode).toBe(400);
    const foreign = await otherPlanner.inject({
      method: 'PUT',
      url: `/api/risks/${id}/assessments/2026-Q4`,
      payload: rating,
    });
    expect(foreign.statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/risks/999999' })).statusCode).toBe(404);
  });
});

describe('reading the register', () => {
  it('filters the list (Sector, priority, KPI, category, heat map cell) and shows drafts in scope only', async () => {
    const all = (await planner.inject({ method: 'GET', url: '/api/risks' })).json<RiskList>();
    expect(all.items.length).toBeGreaterThanOrEqual(25);
    const itur = (await planner.inject({ method: 'GET', url: '/api/risks?sector=ITU-R' })).json<RiskList>();
    expect(itur.items.length).toBeGreaterThan(0);
    expect(itur.items.every((r) => r.sector.code === 'ITU-R')).toBe(true);
    const kap1 = (await planner.inject({ method: 'GET', url: '/api/risks?priority=KAP-1' })).json<RiskList>();
    expect(kap1.items.every((r) => r.priorities.includes('KAP-1'))).toBe(true);
    const kpi = (await planner.inject({ method: 'GET', url: '/api/risks?kpi=D1-K2' })).json<RiskList>();
    expect(kpi.items.map((r) => r.code)).toContain('RSK-TEST-1');
    const financial = (
      await planner.inject({ method: 'GET', url: '/api/risks?category=financial' })
    ).json<RiskList>();
    expect(financial.items.every((r) => r.category === 'financial')).toBe(true);
    expect((await planner.inject({ method: 'GET', url: '/api/risks?sector=NOPE' })).statusCode).toBe(404);
    expect((await planner.inject({ method: 'GET', url: '/api/risks?category=weather' })).statusCode).toBe(
      400,
    );
    // a draft of the planner's own Sector is shown to the planner, never one of another Sector
    const drafts = all.items.filter((r) => r.latest?.state === 'draft');
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((r) => r.sector.code === 'ITU-D')).toBe(true);
    const councilList = (await council.inject({ method: 'GET', url: '/api/risks' })).json<RiskList>();
    expect(councilList.items.some((r) => r.latest?.state === 'draft')).toBe(false);
  });

  it("lists a priority's risks with their assessment of one quarter, drafts in scope only", async () => {
    const url = (period: string) => `/api/risks?priority=KAP-1&period=${period}`;
    const ofPlanner = (await planner.inject({ method: 'GET', url: url('2026-Q3') })).json<RiskList>();
    expect(ofPlanner.items.length).toBeGreaterThan(1);
    expect(ofPlanner.items.every((r) => r.priorities.includes('KAP-1'))).toBe(true);
    expect(ofPlanner.items.every((r) => r.latest === null || r.latest.period === '2026-Q3')).toBe(true);
    const drafts = ofPlanner.items.filter((r) => r.latest?.state === 'draft').map((r) => r.code);
    expect(drafts.length).toBeGreaterThan(0);
    const ofCouncil = (await council.inject({ method: 'GET', url: url('2026-Q3') })).json<RiskList>();
    expect(ofCouncil.items.map((r) => r.code)).toEqual(ofPlanner.items.map((r) => r.code));
    for (const risk of ofCouncil.items.filter((r) => drafts.includes(r.code))) expect(risk.latest).toBeNull();
    const earlier = (await council.inject({ method: 'GET', url: url('2026-Q2') })).json<RiskList>();
    const demo = earlier.items.filter((r) => r.code.startsWith('RSK-D-'));
    expect(demo.length).toBeGreaterThan(0);
    expect(demo.every((r) => r.latest?.period === '2026-Q2' && r.latest.state === 'confirmed')).toBe(true);
    const before = (await planner.inject({ method: 'GET', url: url('2024-Q1') })).json<RiskList>();
    expect(before.items.every((r) => r.latest === null)).toBe(true);
  });

  it("audits a confirmation with the values confirmed, and the Council then sees that quarter's rating", async () => {
    const url = '/api/risks?priority=KAP-1&period=2026-Q3';
    const draft = (await reviewer.inject({ method: 'GET', url }))
      .json<RiskList>()
      .items.find((r) => r.latest?.state === 'draft');
    if (!draft?.latest) throw new Error('the demo data has a KAP-1 risk with a 2026-Q3 draft');
    const path = `/api/risks/${draft.id}/assessments/2026-Q3/confirm`;
    expect((await reviewer.inject({ method: 'POST', url: path })).statusCode).toBe(200);
    const audit = (await auditRows('risk_assessment')).at(-1);
    expect(audit).toMatchObject({ action: 'confirm', entityId: `${draft.id}/2026-Q3`, actor: 'reviewer' });
    const { likelihood, impact } = draft.latest.residual;
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({
      state: 'confirmed',
      residual: { likelihood, impact },
    });
    expect(JSON.parse(audit?.beforeJson ?? '{}')).toMatchObject({
      state: 'draft',
      residual: { likelihood, impact },
    });
    const seen = (await council.inject({ method: 'GET', url }))
      .json<RiskList>()
      .items.find((r) => r.id === draft.id);
    expect(seen?.latest).toMatchObject({ state: 'confirmed', residual: { likelihood, impact } });
  });

  it('labels the demonstration risks as demo data, and no other', async () => {
    const list = (await council.inject({ method: 'GET', url: '/api/risks' })).json<RiskList>();
    const demo = list.items.filter((r) => r.demo).map((r) => r.code);
    expect(demo).toEqual(expect.arrayContaining(['RSK-D-01', 'RSK-GS-08']));
    expect(list.items.find((r) => r.code === 'RSK-TEST-1')?.demo).toBe(false);
  });

  it('draws the heat map from confirmed residual ratings, each cell drilling down to the list', async () => {
    const heat = (await council.inject({ method: 'GET', url: '/api/risks/heat-map' })).json<RiskHeatMap>();
    expect(heat.cells).toHaveLength(25);
    expect(heat.cells[0]).toMatchObject({ likelihood: 5, impact: 1 });
    const placed = heat.cells.reduce((n, c) => n + c.count, 0);
    const list = (await council.inject({ method: 'GET', url: '/api/risks' })).json<RiskList>();
    expect(placed + heat.unassessed).toBe(list.items.length);
    for (const cell of heat.cells.filter((c) => c.count > 0)) {
      const url = `/api/risks?likelihood=${cell.likelihood}&impact=${cell.impact}`;
      const drill = (await council.inject({ method: 'GET', url })).json<RiskList>();
      expect(drill.items.map((r) => r.code).sort(), url).toEqual(cell.risks.map((r) => r.code).sort());
      expect(cell.withinAppetite).toBe(cell.score <= heat.appetite);
    }
    const earlier = (
      await council.inject({ method: 'GET', url: '/api/risks/heat-map?period=2025-Q1' })
    ).json<RiskHeatMap>();
    expect(earlier.cells.flatMap((c) => c.risks).every((r) => r.period === '2025-Q1')).toBe(true);
  });

  it('ranks the top risks of each Sector on confirmed assessments', async () => {
    const top = (await council.inject({ method: 'GET', url: '/api/risks/top?limit=2' })).json<TopRisks>();
    expect(top.sectors.map((s) => s.sector.code)).toEqual(
      expect.arrayContaining(['ITU-R', 'ITU-T', 'ITU-D', 'GS']),
    );
    for (const { risks } of top.sectors) {
      expect(risks.length).toBeLessThanOrEqual(2);
      const scores = risks.map((r) => r.latest?.residual.score ?? 0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(risks.every((r) => r.latest?.state === 'confirmed')).toBe(true);
    }
  });

  it("lists a KPI's linked risks", async () => {
    const kpi = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D1-K2')
      .executeTakeFirstOrThrow();
    const res = (await council.inject({ method: 'GET', url: `/api/kpis/${kpi.id}/risks` })).json<KpiRisks>();
    expect(res.items.map((r) => r.code)).toEqual(expect.arrayContaining(['RSK-D-01', 'RSK-TEST-1']));
    expect((await council.inject({ method: 'GET', url: '/api/kpis/999999/risks' })).statusCode).toBe(404);
  });
});
