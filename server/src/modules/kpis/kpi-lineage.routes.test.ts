// A KPI continued across plans (issue 14): after "New plan from this one", the KPI of SP-2028-2031 shows
// the approved values of the KPI it continues in SP-2024-2027, each plan with its own targets; the old KPI
// names its successor, once the successor's plan is no longer a draft for the reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiDetail, KpiLineage } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

const OLD = 'SP-2024-2027';
const NEW = 'SP-2028-2031';

let ctx: TestContext;
let council: AppInstance;
/** A KPI of the old plan with a value that is not approved yet (its quarter's total). */
let pending: { code: string; period: string; value: number | null };
let oldId: number;
let newId: number;

const lineage = async (id: number, app: AppInstance = ctx.app) => {
  const res = await app.inject({ method: 'GET', url: `/api/kpis/${id}/lineage` });
  return { status: res.statusCode, body: res.statusCode === 200 ? res.json<KpiLineage>() : undefined };
};

const kpiId = async (plan: string, code: string) =>
  (
    await ctx.db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select('kpi.id')
      .where('plan.code', '=', plan)
      .where('kpi.code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  ctx = await buildTestApp();
  council = await ctx.signIn('council', DEMO_PASSWORD);
  const row = await ctx.db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select(['kpi.code', 'kpiValue.period', 'kpiValue.value'])
    .where('plan.code', '=', OLD)
    .where('kpi.active', '=', 1)
    .where('kpiValue.regionId', 'is', null)
    .where('kpiValue.state', 'in', ['draft', 'submitted'])
    .where('kpiValue.value', 'is not', null)
    .orderBy('kpi.code')
    .executeTakeFirstOrThrow();
  pending = row;
  const created = await ctx.app.inject({
    method: 'POST',
    url: `/api/plans/${OLD}/successor`,
    payload: { code: NEW, title: 'Strategic Plan 2028-2031', startYear: 2028, endYear: 2031 },
  });
  expect(created.statusCode, created.body).toBe(201);
  oldId = await kpiId(OLD, pending.code);
  newId = await kpiId(NEW, pending.code);
});
afterAll(async () => ctx.close());

describe('GET /api/kpis/:id/lineage', () => {
  it("shows the predecessor's approved quarters and its own plan's targets before the new plan", async () => {
    const { status, body } = await lineage(newId);
    expect(status).toBe(200);
    expect(body?.kpi).toMatchObject({ id: newId, code: pending.code, plan: { code: NEW, startYear: 2028 } });
    expect(body?.successors).toEqual([]);
    expect(body?.predecessors.map((p) => [p.id, p.plan.code, p.plan.endYear])).toEqual([[oldId, OLD, 2027]]);
    const quarters = body?.predecessors[0]?.quarters ?? [];
    // what the Council's own KPI page shows for the old KPI, quarter by quarter, to the last one due
    const published = (await council.inject({ method: 'GET', url: `/api/kpis/${oldId}` })).json<KpiDetail>()
      .series.quarters;
    expect(quarters.length).toBeGreaterThan(4);
    expect(quarters[0]?.period).toBe('2024-Q1');
    for (const q of quarters) {
      const p = published.find((x) => x.period === q.period);
      expect(q, q.period).toEqual({
        period: q.period,
        actual: p?.actual,
        status: p?.status,
        target: p?.target,
      });
    }
    expect(quarters.filter((q) => q.actual !== null).length).toBeGreaterThan(0);
    // the value not yet approved is not shown, even to an administrator
    expect(quarters.find((q) => q.period === pending.period)?.actual).toBeNull();
  });

  it('names the successor from the old KPI, to administrators while the new plan is a draft', async () => {
    const admin = await lineage(oldId);
    expect(admin.body?.predecessors).toEqual([]);
    expect(admin.body?.successors.map((s) => [s.id, s.code, s.plan.code])).toEqual([
      [newId, pending.code, NEW],
    ]);
    // the Council: the draft does not exist, nor its KPI
    expect((await lineage(oldId, council)).body?.successors).toEqual([]);
    expect((await lineage(newId, council)).status).toBe(404);
  });

  it('shows the Council the whole chain once the new plan is active', async () => {
    await ctx.db.updateTable('plan').set({ status: 'active' }).where('code', '=', NEW).execute();
    const fromOld = await lineage(oldId, council);
    expect(fromOld.body?.successors.map((s) => s.plan.code)).toEqual([NEW]);
    const fromNew = await lineage(newId, council);
    expect(fromNew.status).toBe(200);
    expect(fromNew.body?.predecessors.map((p) => p.plan.code)).toEqual([OLD]);
    expect(
      fromNew.body?.predecessors[0]?.quarters.find((q) => q.period === pending.period)?.actual,
    ).toBeNull();
  });

  it('answers a KPI that continues nothing with an empty chain, and an unknown KPI with 404', async () => {
    const first = await ctx.db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select('kpi.id')
      .where('plan.code', '=', 'SP-2020-2023')
      .orderBy('kpi.id')
      .executeTakeFirstOrThrow();
    const { status, body } = await lineage(first.id);
    expect(status).toBe(200);
    expect(body?.predecessors).toEqual([]);
    expect(body?.successors).toEqual([]);
    expect((await lineage(2147483647)).status).toBe(404);
  });
});
