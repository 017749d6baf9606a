import type { DueWork, EntryKpi, EntrySheet, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { byUrgency } from './entry.service.ts';

let ctx: TestContext;
let planner: Awaited<ReturnType<TestContext['signIn']>>;
let reviewer: Awaited<ReturnType<TestContext['signIn']>>;

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', 'rbm-demo');
  reviewer = await ctx.signIn('reviewer', 'rbm-demo');
});
afterAll(async () => ctx?.close());

const kpisOf = (sheet: EntrySheet): EntryKpi[] => sheet.outcomes.flatMap((o) => o.kpis);

describe('GET /api/entry/:priority/:period', () => {
  it('gives the planner the whole grid of an open quarter, grouped by outcome', async () => {
    const res = await planner.inject({ url: '/api/entry/KAP-2/2026-Q3' });
    expect(res.statusCode).toBe(200);
    const sheet = res.json<EntrySheet>();
    expect(sheet.priority.code).toBe('KAP-2');
    expect(sheet.sector.code).toBe('ITU-D');
    expect(sheet.plan).toMatchObject({ code: 'SP-2024-2027', startYear: 2024, endYear: 2027 });
    expect(sheet.review).toMatchObject({ status: 'open', dueDate: '2026-10-15' });
    expect(sheet).toMatchObject({ editable: true, lock: null, asOf: '2026-11-23T09:00:00.000Z' });
    expect(sheet.regions.map((r) => r.code)).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
    expect(sheet.outcomes.length).toBeGreaterThan(0);
    for (const outcome of sheet.outcomes) expect(outcome.kpis.length).toBeGreaterThan(0);
    const kpis = kpisOf(sheet);
    expect(kpis.map((k) => k.code).sort()).toEqual(['D2-K1', 'D2-K2', 'D2-K3', 'D2-K4', 'D2-K5']);

    const share = kpis.find((k) => k.code === 'D2-K2') as EntryKpi;
    expect(share).toMatchObject({ unit: 'percent', aggregation: 'mean', byRegion: true, due: true });
    expect(share.total).toMatchObject({ value: 45, state: 'draft', version: 1, returnComment: null });
    const regions = await ctx.db.selectFrom('region').select('code').execute();
    expect(share.regional.map((r) => r.region).sort()).toEqual(regions.map((r) => r.code).sort());
    expect(share.yearTarget).toBe(share.annualTargets.find((t) => t.year === 2026)?.value);
    expect(typeof share.expected).toBe('number');
    expect(share.lastQuarter?.period).toBe('2026-Q2');
    expect(share.lastQuarter?.value).toBe(share.actuals.find((a) => a.period === '2026-Q2')?.value);
    expect(share.actuals.some((a) => a.period === '2026-Q3')).toBe(false);

    const strategies = kpis.find((k) => k.code === 'D2-K3') as EntryKpi;
    expect(strategies.byRegion).toBe(false);
    expect(strategies.regional).toEqual([]);
  });

  it('translates names with ?lang=', async () => {
    const res = await planner.inject({ url: '/api/entry/KAP-2/2026-Q3?lang=fr' });
    expect(res.statusCode).toBe(200);
    const sheet = res.json<EntrySheet>();
    expect(sheet.priority.name.language).toBe('fr');
    expect(sheet.priority.name.text).not.toBe('Digital transformation');
  });

  it('says why a quarter cannot be edited: submitted, approved, or a reader', async () => {
    const submitted = (await planner.inject({ url: '/api/entry/KAP-1/2026-Q3' })).json<EntrySheet>();
    expect(submitted).toMatchObject({ editable: false, lock: 'submitted' });
    const approved = (await planner.inject({ url: '/api/entry/KAP-2/2026-Q2' })).json<EntrySheet>();
    expect(approved).toMatchObject({ editable: false, lock: 'approved' });
    expect(kpisOf(approved).every((k) => k.total === null || k.total.state === 'approved')).toBe(true);
    const read = await reviewer.inject({ url: '/api/entry/KAP-2/2026-Q3' });
    expect(read.statusCode).toBe(200);
    expect(read.json<EntrySheet>()).toMatchObject({ editable: false, lock: 'read_only' });
  });

  it('shows a value the planner just saved, with its new version', async () => {
    const sheet = (await planner.inject({ url: '/api/entry/KAP-4/2026-Q3' })).json<EntrySheet>();
    const kpi = kpisOf(sheet).find((k) => k.code === 'D4-K2') as EntryKpi;
    const put = await planner.inject({
      method: 'PUT',
      url: `/api/kpis/${kpi.id}/values/2026-Q3`,
      payload: { value: 70, note: 'From the survey', version: kpi.total?.version },
    });
    expect(put.statusCode).toBe(200);
    const after = (await planner.inject({ url: '/api/entry/KAP-4/2026-Q3' })).json<EntrySheet>();
    const changed = kpisOf(after).find((k) => k.code === 'D4-K2') as EntryKpi;
    expect(changed.total).toMatchObject({ value: 70, note: 'From the survey', version: 2 });
  });

  it('answers 401 without a session', async () => {
    const res = await ctx.anonymous.inject({ url: '/api/entry/KAP-2/2026-Q3' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 403 for a priority outside the planner scope, and to the Council', async () => {
    const res = await planner.inject({ url: '/api/entry/R-TER/2026-Q3' });
    expect(res.statusCode).toBe(403);
    expect(res.json<Problem>().code).toBe('out_of_scope');
    const council = await ctx.signIn('council', 'rbm-demo');
    expect((await council.inject({ url: '/api/entry/KAP-2/2026-Q3' })).statusCode).toBe(403);
  });

  it('judges the scope before the quarter: 403 outside it whatever the period, 422 inside it', async () => {
    // The auth plugin resolves the quarter once, after the scope check (a refused priority's plans and
    // periods are not told apart), and the handler reads what it resolved.
    const outside = await planner.inject({ url: '/api/entry/R-TER/2027-Q4' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json<Problem>().code).toBe('out_of_scope');
    const unknownPlan = await planner.inject({ url: '/api/entry/R-TER/2026-Q3?plan=SP-1999-2002' });
    expect(unknownPlan.json<Problem>().code).toBe('out_of_scope');
    const inside = await planner.inject({ url: '/api/entry/KAP-2/2027-Q4' });
    expect(inside.statusCode).toBe(422);
    expect(inside.json<Problem>().code).toBe('period_not_complete');
    const named = await planner.inject({ url: '/api/entry/KAP-2/2026-Q3?plan=SP-2024-2027' });
    expect(named.statusCode).toBe(200);
    expect(named.json<EntrySheet>()).toMatchObject({ plan: { code: 'SP-2024-2027' }, period: '2026-Q3' });
  });

  it('answers 404 for an unknown priority and plan', async () => {
    const res = await planner.inject({ url: '/api/entry/KAP-99/2026-Q3' });
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('not_found');
    expect((await ctx.app.inject({ url: '/api/entry/KAP-2/2026-Q3?plan=NOPE' })).statusCode).toBe(404);
  });

  it('answers 400 for a period that is not a quarter, 422 for one not over yet', async () => {
    for (const period of ['2026-Q7', '2026', 'soon']) {
      const res = await planner.inject({ url: `/api/entry/KAP-2/${period}` });
      expect(res.statusCode).toBe(400);
      expect(res.json<Problem>().code).toBe('validation_failed');
    }
    const future = await planner.inject({ url: '/api/entry/KAP-2/2027-Q1' });
    expect(future.statusCode).toBe(422);
    expect(future.json<Problem>().code).toBe('period_not_complete');
  });
});

describe('GET /api/entry/due', () => {
  it("lists the planner's own quarters still to deliver, overdue first", async () => {
    const res = await planner.inject({ url: '/api/entry/due' });
    expect(res.statusCode).toBe(200);
    const due = res.json<DueWork>();
    expect(due.plan).toBe('SP-2024-2027');
    expect(due.items.length).toBeGreaterThan(0);
    expect(due.items.every((i) => i.sector.code === 'ITU-D')).toBe(true);
    expect(due.items.every((i) => i.status === 'open' || i.status === 'returned')).toBe(true);
    const kap2 = due.items.find((i) => i.priority.code === 'KAP-2' && i.period === '2026-Q3');
    expect(kap2).toMatchObject({ dueDate: '2026-10-15', overdue: true, status: 'open' });
    expect(kap2?.counts).toMatchObject({ due: 5, missing: 0, returned: 0 });
    expect(due.items.some((i) => i.priority.code === 'KAP-1' && i.period === '2026-Q3')).toBe(false);
    expect([...due.items].sort(byUrgency)).toEqual(due.items);
  });

  it('counts missing and returned values', async () => {
    const sheet = (await ctx.app.inject({ url: '/api/entry/KAP-5/2026-Q3' })).json<EntrySheet>();
    expect(sheet.review.status).toBe('submitted');
    const [first, second] = kpisOf(sheet).filter((k) => k.due);
    const back = await ctx.app.inject({
      method: 'POST',
      url: '/api/reviews/KAP-5/2026-Q3/return',
      payload: { comment: 'Check two figures', kpis: [{ code: first?.code, comment: 'Source?' }] },
    });
    expect(back.statusCode).toBe(200);
    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/kpis/${second?.id}/values/2026-Q3`,
    });
    expect(del.statusCode).toBe(204);
    const due = (await planner.inject({ url: '/api/entry/due' })).json<DueWork>();
    const kap5 = due.items.find((i) => i.priority.code === 'KAP-5' && i.period === '2026-Q3');
    expect(kap5).toMatchObject({ status: 'returned' });
    expect(kap5?.counts).toMatchObject({ missing: 1, returned: 1 });
    const grid = (await planner.inject({ url: '/api/entry/KAP-5/2026-Q3' })).json<EntrySheet>();
    expect(grid).toMatchObject({ editable: true, lock: null, review: { status: 'returned' } });
    expect(kpisOf(grid).find((k) => k.code === first?.code)?.total?.returnComment).toBe('Source?');
  });

  it('gives an admin every Sector', async () => {
    const due = (await ctx.app.inject({ url: '/api/entry/due' })).json<DueWork>();
    const sectors = new Set(due.items.map((i) => i.sector.code));
    expect(sectors.size).toBeGreaterThan(1);
  });

  it('answers 401, 403 for readers, 404 for an unknown plan, 400 for a bad plan code', async () => {
    expect((await ctx.anonymous.inject({ url: '/api/entry/due' })).statusCode).toBe(401);
    expect((await reviewer.inject({ url: '/api/entry/due' })).statusCode).toBe(403);
    expect((await planner.inject({ url: '/api/entry/due?plan=NOPE' })).statusCode).toBe(404);
    const bad = await planner.inject({ url: '/api/entry/due?plan=no%20spaces' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().code).toBe('validation_failed');
  });
});

describe('byUrgency', () => {
  const item = (period: string, dueDate: string, overdue: boolean) =>
    ({ period, dueDate, overdue }) as Parameters<typeof byUrgency>[0];
  it('puts overdue first, then the earliest due date', () => {
    const items = [
      item('2026-Q3', '2026-10-15', false),
      item('2026-Q2', '2026-07-15', true),
      item('2026-Q1', '2026-04-15', true),
    ];
    expect(items.sort(byUrgency).map((i) => i.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
  });
});
