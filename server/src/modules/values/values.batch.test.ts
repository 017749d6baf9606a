import { assessKpi } from '@rbm/shared/rbm';
import type { KpiValue, Problem, ValueBatchResult } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { TEST_NOW } from '../../../test/test-now.ts';
import { toRbmKpi, toRbmPlan } from '../figures/figures.service.ts';
import { yearsOf } from './values.repository.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

async function kpiId(code: string): Promise<number> {
  const row = await ctx.db.selectFrom('kpi').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

/** An active KPI of a priority that reports its total (not by region only). */
async function kpiOf(priority: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('kpi')
    .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
    .select('kpi.id')
    .where('thematicPriority.code', '=', priority)
    .where('kpi.active', '=', 1)
    .where('kpi.frequency', '=', 'quarterly')
    .orderBy('kpi.id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function stored(id: number, period: string) {
  return ctx.db
    .selectFrom('kpiValue')
    .selectAll()
    .where('kpiId', '=', id)
    .where('period', '=', period)
    .where('regionId', 'is', null)
    .executeTakeFirst();
}

const revision = async () =>
  (await ctx.db.selectFrom('dataRevision').select('revision').executeTakeFirstOrThrow()).revision;

const auditCount = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('entity', '=', 'kpi_value')
        .executeTakeFirstOrThrow()
    ).n,
  );

const batch = (app: TestContext['app'], cells: object[]) =>
  app.inject({ method: 'POST', url: '/api/values/batch', payload: { cells } });

const Q = '2026-Q3';

describe('POST /api/values/batch', () => {
  it('saves the good cells and answers each failed one with its problem, in one revision', async () => {
    const planner = await ctx.signIn('planner', 'rbm-demo');
    const open = await kpiId('D2-K3'); // KAP-2: 2026-Q3 open
    const openValue = await stored(open, Q);
    const fresh = await kpiOf('KAP-4');
    await ctx.db.deleteFrom('kpiValue').where('kpiId', '=', fresh).where('period', '=', Q).execute();
    const outside = await kpiOf('R-TER');
    const submitted = await kpiId('D1-K1'); // KAP-1: 2026-Q3 submitted in the demo
    const revisionBefore = await revision();
    const auditBefore = await auditCount();
    const res = await batch(planner, [
      { kpiId: open, period: Q, value: 61, note: 'From the batch', version: openValue?.version },
      { kpiId: fresh, period: Q, value: 3 },
      { kpiId: open, period: Q, value: 62, version: openValue?.version }, // stale now
      { kpiId: outside, period: Q, value: 5 },
      { kpiId: submitted, period: Q, value: 1, version: (await stored(submitted, Q))?.version },
      { kpiId: open, period: '2031-Q1', value: 1 },
      { kpiId: 999999, period: Q, value: 1 },
      { kpiId: fresh, period: Q, value: 4, region: 'XYZ' },
    ]);
    expect(res.statusCode).toBe(200);
    const { results } = res.json<ValueBatchResult>();
    expect(results.map((r) => [r.index, r.status, r.problem?.code])).toEqual([
      [0, 200, undefined],
      [1, 201, undefined],
      [2, 409, 'version_conflict'],
      [3, 403, 'out_of_scope'],
      [4, 423, 'quarter_submitted'],
      [5, 422, 'period_outside_plan'],
      [6, 404, 'not_found'],
      [7, 422, 'unknown_region'],
    ]);
    expect(results[0]?.value).toMatchObject({
      kpiId: open,
      value: 61,
      note: 'From the batch',
      state: 'draft',
      version: (openValue?.version ?? 0) + 1,
      enteredBy: 'planner',
    });
    expect(results[0]?.value?.assessment).not.toBeNull();
    expect(results[1]?.value).toMatchObject({ kpiId: fresh, value: 3, version: 1 });
    expect(results[2]?.problem?.title).toBe('Conflict');
    expect(await stored(open, Q)).toMatchObject({ value: 61, version: (openValue?.version ?? 0) + 1 });
    expect(await stored(fresh, Q)).toMatchObject({ value: 3, version: 1 });
    expect(await stored(outside, Q)).not.toMatchObject({ value: 5 });
    expect(await revision()).toBe(revisionBefore + 1);
    expect(await auditCount()).toBe(auditBefore + 2);
    const audits = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'kpi_value')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(audits.map((a) => [a.action, a.actor, a.entityId])).toEqual([
      ['create', 'planner', String(results[1]?.value?.id)],
      ['update', 'planner', String(results[0]?.value?.id)],
    ]);
    expect(JSON.parse(audits[1]?.beforeJson ?? '{}')).toMatchObject({ value: openValue?.value });
  });

  it("answers each KPI's status as its whole history gives it, a PUT's as a batch's", async () => {
    const planner = await ctx.signIn('planner', 'rbm-demo');
    const kpis = await ctx.db
      .selectFrom('kpi')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
      .selectAll('kpi')
      .where('thematicPriority.code', '=', 'KAP-2') // 2026-Q3 open
      .where('kpi.active', '=', 1)
      .where('kpi.frequency', '=', 'quarterly')
      .orderBy('kpi.id')
      .execute();
    const cells = [];
    for (const [i, kpi] of kpis.entries()) {
      cells.push({ kpiId: kpi.id, period: Q, value: 7 + i, version: (await stored(kpi.id, Q))?.version });
    }
    const res = await batch(planner, cells.slice(1));
    const { results } = res.json<ValueBatchResult>();
    const [first] = cells;
    const put = await planner.inject({
      method: 'PUT',
      url: `/api/kpis/${first?.kpiId}/values/${Q}`,
      payload: { value: first?.value, version: first?.version },
    });
    const answers = [put.json<KpiValue>(), ...results.map((r) => r.value)];
    const plan = await ctx.db
      .selectFrom('plan')
      .selectAll()
      .where('id', '=', kpis[0]?.planId as number)
      .executeTakeFirstOrThrow();
    // the statuses a full reading of each KPI gives: every target and every total of every year
    let earlierYears = 0;
    for (const [i, kpi] of kpis.entries()) {
      const targets = await ctx.db
        .selectFrom('kpiAnnualTarget')
        .select(['year', 'value'])
        .where('kpiId', '=', kpi.id)
        .orderBy('year')
        .execute();
      const totals = (
        await ctx.db
          .selectFrom('kpiValue')
          .select(['period', 'value'])
          .where('kpiId', '=', kpi.id)
          .where('regionId', 'is', null)
          .execute()
      ).flatMap((v) => (v.value === null ? [] : [{ period: v.period, value: v.value }]));
      earlierYears += totals.filter((v) => v.period < '2026').length;
      const whole = assessKpi(toRbmKpi(kpi, targets), toRbmPlan(plan), totals, Q, TEST_NOW);
      expect(answers[i]?.assessment, kpi.code).toEqual(whole);
    }
    expect(earlierYears).toBeGreaterThan(0);
    expect(kpis.some((k) => k.aggregation === 'sum')).toBe(true);
  });

  it('reads the answers of cells in several years from the first year to the last', () => {
    expect(yearsOf(['2026-Q3', '2024-Q2', '2026-Q1'])).toEqual({ from: '2024-Q1', to: '2026-Q4' });
    expect(yearsOf(['2025-Q4'])).toEqual({ from: '2025-Q1', to: '2025-Q4' });
  });

  it('keeps every character of the notes it writes, in the values and in their audit rows', async () => {
    const ids = (
      await ctx.db
        .selectFrom('kpi')
        .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
        .select('kpi.id')
        .where('thematicPriority.code', '=', 'KAP-4')
        .where('kpi.active', '=', 1)
        .where('kpi.frequency', '=', 'quarterly')
        .orderBy('kpi.id')
        .limit(2)
        .execute()
    ).map((k) => k.id);
    expect(ids).toHaveLength(2);
    await ctx.db.deleteFrom('kpiValue').where('kpiId', 'in', ids).where('period', '=', Q).execute();
    // what PostgreSQL's array and JSON texts quote or escape, and what a planner pastes from Excel
    const first = 'Said "no", C:\\data\\q3, {"a":[1]}, NULL';
    const second = 'Line one\nline two\ttab \\ "quoted" \'single\' {} [] % _ ✓ 🌍 عربى, NULL';
    const created = await batch(
      ctx.app,
      ids.map((kpiId, i) => ({ kpiId, period: Q, value: 10 + i, note: `${first} ${i}` })),
    );
    expect(created.json<ValueBatchResult>().results.map((r) => r.status)).toEqual([201, 201]);
    const auditBefore = await auditCount();
    const res = await batch(
      ctx.app,
      ids.map((kpiId, i) => ({ kpiId, period: Q, value: 20 + i, note: `${second} ${i}`, version: 1 })),
    );
    const { results } = res.json<ValueBatchResult>();
    expect(results.map((r) => [r.status, r.value?.note, r.value?.version])).toEqual([
      [200, `${second} 0`, 2],
      [200, `${second} 1`, 2],
    ]);
    for (const [i, id] of ids.entries())
      expect(await stored(id, Q)).toMatchObject({ value: 20 + i, note: `${second} ${i}`, version: 2 });
    expect(await auditCount()).toBe(auditBefore + 2);
    const audits = await ctx.db
      .selectFrom('auditLog')
      .select(['entityId', 'beforeJson', 'afterJson'])
      .where('entity', '=', 'kpi_value')
      .orderBy('id', 'desc')
      .limit(2)
      .execute();
    expect(
      audits
        .reverse()
        .map((a) => [
          a.entityId,
          (JSON.parse(a.beforeJson ?? '{}') as { note: string }).note,
          (JSON.parse(a.afterJson ?? '{}') as { note: string }).note,
        ]),
    ).toEqual(results.map((r, i) => [String(r.value?.id), `${first} ${i}`, `${second} ${i}`]));
  });

  it('writes a cell given many times in one batch in turn, each audited in order', async () => {
    const id = await kpiOf('KAP-4');
    await ctx.db.deleteFrom('kpiValue').where('kpiId', '=', id).where('period', '=', Q).execute();
    const auditBefore = await auditCount();
    // 150 writes of one cell: the first creates it, each next one sends the version the previous made
    // (more than a hundred audit rows: one multi-row insert and fifty single ones)
    const cells = Array.from({ length: 150 }, (_, i) => ({
      kpiId: id,
      period: Q,
      value: i,
      ...(i === 0 ? {} : { version: i }),
    }));
    const res = await batch(ctx.app, cells);
    const { results } = res.json<ValueBatchResult>();
    expect(results.map((r) => r.status)).toEqual([201, ...Array.from({ length: 149 }, () => 200)]);
    expect(results.map((r) => r.value?.version)).toEqual(cells.map((_, i) => i + 1));
    expect(await stored(id, Q)).toMatchObject({ value: 149, version: 150 });
    expect(await auditCount()).toBe(auditBefore + 150);
    const audits = await ctx.db
      .selectFrom('auditLog')
      .select(['action', 'afterJson'])
      .where('entity', '=', 'kpi_value')
      .orderBy('id', 'desc')
      .limit(150)
      .execute();
    const versions = audits
      .reverse()
      .map((a) => (JSON.parse(a.afterJson ?? '{}') as { version: number }).version);
    expect(versions).toEqual(cells.map((_, i) => i + 1));
    expect(audits[0]?.action).toBe('create');
  });

  it('writes hundreds of new and stored cells in chunks, each answered alone, a stale and a repeated one among them', async () => {
    // quarters of 2024 and early 2025, reopened for the test (their reviews removed)
    const periods = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'];
    await ctx.db.deleteFrom('quarterlyReview').where('period', 'in', periods).execute();
    const locked = new Set(
      (
        await ctx.db
          .selectFrom('quarterlyReview')
          .select(['priorityId', 'period'])
          .where('status', 'in', ['submitted', 'approved'])
          .execute()
      ).map((r) => `${r.priorityId} ${r.period}`),
    );
    const kpis = await ctx.db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select(['kpi.id', 'kpi.byRegion', 'kpi.ownerPriorityId'])
      .where('kpi.active', '=', 1)
      .where('kpi.frequency', '=', 'quarterly')
      .where('plan.startYear', '<=', 2024)
      .where('plan.endYear', '>=', 2025)
      .orderBy('kpi.id')
      .execute();
    const regions = (await ctx.db.selectFrom('region').select('code').orderBy('code').execute()).map(
      (r) => r.code,
    );
    const places = periods.flatMap((period) =>
      kpis
        .filter((k) => !locked.has(`${k.ownerPriorityId} ${period}`))
        .flatMap((k) =>
          [undefined, ...(k.byRegion === 1 ? regions : [])].map((region) => ({
            kpiId: k.id,
            period,
            region,
          })),
        ),
    );
    expect(places.length).toBeGreaterThan(300); // more than one chunk of writes
    await ctx.db
      .deleteFrom('kpiValue')
      .where('period', 'in', periods)
      .where(
        'kpiId',
        'in',
        kpis.map((k) => k.id),
      )
      .execute();
    // every other place gets a first value, then the batch: new cells (201) and stored ones (200)
    const first = await batch(
      ctx.app,
      places.filter((_, i) => i % 2 === 0).map((p) => ({ ...p, value: 1 })),
    );
    expect(
      first
        .json<ValueBatchResult>()
        .results.filter((r) => r.status !== 201)
        .map((r) => r.problem?.code),
    ).toEqual([]);
    const auditBefore = await auditCount();
    const cells: object[] = places.map((p, i) => ({
      ...p,
      value: 2,
      ...(i % 2 === 0 ? { version: 1 } : {}),
    }));
    const stale = 100; // a stored place sent again with a version it never had
    cells.splice(stale, 0, { ...places[stale], value: 3, version: 7 });
    cells.push({ ...places[0], value: 4, version: 2 }); // the first place again, after its write
    const res = await batch(ctx.app, cells);
    const { results } = res.json<ValueBatchResult>();
    expect(results.map((r) => r.index)).toEqual(cells.map((_, i) => i));
    const expected = cells.map((_, i) => {
      if (i === stale) return 409;
      if (i === cells.length - 1) return 200;
      return (i > stale ? i - 1 : i) % 2 === 0 ? 200 : 201;
    });
    expect(results.map((r) => r.status)).toEqual(expected);
    expect(results[stale]?.problem?.code).toBe('version_conflict');
    expect(results.at(-1)?.value).toMatchObject({ value: 4, version: 3 });
    expect(await auditCount()).toBe(auditBefore + cells.length - 1);
    const [firstPlace] = places;
    expect(await stored(firstPlace?.kpiId as number, firstPlace?.period as string)).toMatchObject({
      value: 4,
      version: 3,
    });
    const written = await ctx.db
      .selectFrom('kpiValue')
      .select(['value', 'version'])
      .where('period', 'in', periods)
      .where(
        'kpiId',
        'in',
        kpis.map((k) => k.id),
      )
      .execute();
    expect(written).toHaveLength(places.length);
    expect(written.filter((w) => w.version === 1 && w.value === 2)).toHaveLength(
      Math.floor(places.length / 2),
    );
  });

  it('answers 423 for each cell of an approved quarter, and writes nothing then', async () => {
    const id = await kpiId('D2-K3');
    const revisionBefore = await revision();
    const res = await batch(ctx.app, [
      { kpiId: id, period: '2025-Q4', value: 1, version: 1 },
      { kpiId: id, period: '2025-Q3', value: 2, version: 1 },
    ]);
    const { results } = res.json<ValueBatchResult>();
    expect(results.map((r) => r.status)).toEqual([423, 423]);
    expect(['value_locked', 'quarter_approved']).toContain(results[0]?.problem?.code);
    expect(await revision()).toBe(revisionBefore);
  });

  it('keeps the drafts from the Council', async () => {
    const id = await kpiOf('KAP-4');
    const current = await stored(id, Q);
    const council = await ctx.signIn('council', 'rbm-demo');
    const councilView = async () => (await council.inject({ url: `/api/kpis/${id}` })).body;
    const adminView = async () => (await ctx.app.inject({ url: `/api/kpis/${id}?include=unapproved` })).body;
    const [councilBefore, adminBefore] = [await councilView(), await adminView()];
    const value = (current?.value ?? 0) + 1234;
    const res = await batch(ctx.app, [{ kpiId: id, period: Q, value, version: current?.version }]);
    expect(res.json<ValueBatchResult>().results[0]?.status).toBe(200);
    expect(await adminView()).not.toBe(adminBefore);
    expect(await councilView()).toBe(councilBefore);
  });

  it('answers 400 and saves nothing for a body that breaks the schema', async () => {
    const id = await kpiId('D2-K3');
    const revisionBefore = await revision();
    const tooMany = Array.from({ length: 5001 }, () => ({ kpiId: id, period: Q, value: 1 }));
    for (const cells of [[], tooMany, [{ kpiId: id, period: Q, value: 'ten' }], [{ kpiId: id, value: 1 }]]) {
      const res = await batch(ctx.app, cells);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<Problem>().code).toBeTruthy();
    }
    expect(await revision()).toBe(revisionBefore);
  });

  it('refuses the Council (no values:write) with 403', async () => {
    const council = await ctx.signIn('council', 'rbm-demo');
    const res = await batch(council, [{ kpiId: await kpiId('D2-K3'), period: Q, value: 1 }]);
    expect(res.statusCode).toBe(403);
  });
});
