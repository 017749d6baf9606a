// The framework editor's KPI list and a draft plan's annual targets set directly (issue 14): the list
// carries links and targets, the draft's targets are set in one transaction and audited, bad rows name
// their field and write nothing, and an active or closed plan refuses (its targets change by revision).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLog, KpiDefinitionList, PlanChecklist, Problem } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
const DRAFT = 'SP-2028-2031';
beforeAll(async () => {
  ctx = await buildTestApp();
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/plans/SP-2024-2027/successor',
    payload: { code: DRAFT, title: 'Strategic Plan 2028-2031', startYear: 2028, endYear: 2031 },
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(async () => ctx.close());

async function list(plan: string): Promise<KpiDefinitionList> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/kpi-definitions?plan=${plan}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<KpiDefinitionList>();
}

const put = (payload: object) =>
  ctx.app.inject({ method: 'PUT', url: '/api/kpi-definitions/annual-targets', payload });

describe('GET /api/kpi-definitions', () => {
  it("lists the active plan's KPIs with their outcomes and annual targets", async () => {
    const active = await list('SP-2024-2027');
    expect(active).toMatchObject({ planStatus: 'active', startYear: 2024, endYear: 2027 });
    const kpi = active.items.find((k) => k.code === 'D1-K1');
    expect(kpi?.outcomes.length).toBeGreaterThan(0);
    expect(kpi?.annualTargets.map((t) => t.year)).toContain(2026);
  });

  it('lists a draft to its authors only: the Council is refused, an unknown plan is 404', async () => {
    expect((await list(DRAFT)).items.length).toBeGreaterThanOrEqual(30);
    const council = await ctx.signIn('council', DEMO_PASSWORD);
    const refused = await council.inject({ method: 'GET', url: `/api/kpi-definitions?plan=${DRAFT}` });
    expect(refused.statusCode).toBe(403);
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/kpi-definitions?plan=SP-1900' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('PUT /api/kpi-definitions/annual-targets', () => {
  it('names every bad row, and writes nothing', async () => {
    const res = await put({
      plan: DRAFT,
      targets: [
        { kpi: 'D1-K1', year: 2028, value: 10 },
        { kpi: 'NO-SUCH', year: 2028, value: 1 },
        { kpi: 'D1-K1', year: 2035, value: 1 },
        { kpi: 'D1-K1', year: 2028, value: 11 },
      ],
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json<Problem>().errors?.map((e) => `${e.field} ${e.code}`);
    expect(fields).toEqual([
      'body.targets.1.kpi unknown_kpi',
      'body.targets.2.year year_outside_plan',
      'body.targets.3.year year_duplicate',
    ]);
    const kpi = (await list(DRAFT)).items.find((k) => k.code === 'D1-K1');
    expect(kpi?.annualTargets).toEqual([]);
  });

  it("sets the draft's targets in one go, audits each KPI, and the checklist item passes", async () => {
    const draft = await list(DRAFT);
    const targets = draft.items.flatMap((kpi) =>
      [2028, 2029, 2030, 2031].map((year) => ({ kpi: kpi.code, year, value: year - 2000 })),
    );
    const res = await put({ plan: DRAFT, targets });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ plan: DRAFT, changed: targets.length });
    const after = (await list(DRAFT)).items.find((k) => k.code === 'D1-K1');
    expect(after?.annualTargets).toEqual([
      { year: 2028, value: 28 },
      { year: 2029, value: 29 },
      { year: 2030, value: 30 },
      { year: 2031, value: 31 },
    ]);
    const audit = await ctx.app.inject({ method: 'GET', url: `/api/audit?entity=kpi&id=${after?.id}` });
    const entry = audit.json<AuditLog>().items.find((e) => e.action === 'set_targets');
    expect(entry?.before).toEqual({ kpi: 'D1-K1', annualTargets: [] });
    const checklist = await ctx.app.inject({
      method: 'GET',
      url: `/api/plans/${DRAFT}/activation-checklist`,
    });
    const item = checklist.json<PlanChecklist>().items.find((i) => i.key === 'annualTargets');
    expect(item?.ok).toBe(true);
    // the same values again change nothing
    expect((await put({ plan: DRAFT, targets })).json()).toEqual({ plan: DRAFT, changed: 0 });
  });

  it('is refused in an active plan (a target there changes by revision, with a reason)', async () => {
    const res = await put({ plan: 'SP-2024-2027', targets: [{ kpi: 'D1-K1', year: 2026, value: 1 }] });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().code).toBe('plan_not_draft');
  });
});
