// Each group starts from a fresh demo database (the narrative and plan tests write), so groups run in any
// order; the list's counts are read from that database (its priorities and complete quarters).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareQuarters, lastCompleteQuarter, planQuarters } from '@rbm/shared/rbm';
import type { Problem, ReviewList } from '@rbm/shared/schemas';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { auditRows, parse, PLAN, reviewRow, send } from './reviews.test-support.ts';

let ctx: TestContext;
/** A fresh demo database for the group of tests it is called in. */
function freshFixture(): void {
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(async () => ctx.close());
}

/** How many priorities the active plan has, and how many of its quarters are complete. */
async function planShape() {
  const plan = await ctx.db.selectFrom('plan').selectAll().where('code', '=', PLAN).executeTakeFirstOrThrow();
  const priorities = await ctx.db
    .selectFrom('thematicPriority')
    .select('id')
    .where('planId', '=', plan.id)
    .execute();
  const through = lastCompleteQuarter(TEST_NOW);
  const quarters = planQuarters(plan).filter((q) => compareQuarters(q, through) <= 0);
  return { priorities: priorities.length, quarters: quarters.length };
}

const list = async (query = '') => {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/reviews${query}` });
  return { status: res.statusCode, body: res.json<ReviewList>(), problem: res.json<Problem>() };
};

describe('GET /api/reviews', () => {
  freshFixture();

  it('lists the active plan, the latest quarter first, with due date, counts and status', async () => {
    const { status, body } = await list();
    const shape = await planShape();
    expect(shape.priorities).toBeGreaterThan(1);
    expect(status).toBe(200);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    // every priority for each complete quarter 2024-Q1 .. 2026-Q3
    expect(body.total).toBe(shape.priorities * shape.quarters);
    expect(body.items).toHaveLength(50);
    expect(body.items.slice(0, shape.priorities).every((r) => r.period === '2026-Q3')).toBe(true);
    const kap1 = body.items.find((r) => r.priority.code === 'KAP-1');
    expect(kap1).toMatchObject({
      plan: 'SP-2024-2027',
      priority: { code: 'KAP-1', name: { text: 'Affordable connectivity', language: 'en' } },
      sector: { code: 'ITU-D' },
      period: '2026-Q3',
      status: 'submitted',
      dueDate: '2026-10-15',
      kpiCounts: { due: 4, reported: 3, missing: 1 },
      submittedAt: expect.any(String),
      decidedAt: null,
      version: 1,
    });
  });

  it('filters by period, priority and status, and pages', async () => {
    const shape = await planShape();
    const quarter = await list('?period=2026-Q3');
    expect(quarter.body.total).toBe(shape.priorities);
    const statuses = Object.fromEntries(quarter.body.items.map((r) => [r.priority.code, r.status]));
    expect(statuses).toMatchObject({ 'KAP-1': 'submitted', 'KAP-2': 'open', 'R-SPA': 'submitted' });

    const open = await list('?period=2026-Q3&status=open');
    expect(open.body.items.map((r) => r.priority.code).sort()).toEqual(
      ['GS-ENB', 'KAP-2', 'KAP-4', 'R-TER', 'T-STD'].sort(),
    );
    const both = await list('?period=2026-Q3&status=open&status=submitted');
    expect(both.body.total).toBe(shape.priorities);

    const kap2 = await list('?priority=KAP-2&pageSize=4&page=2');
    expect(kap2.body).toMatchObject({ total: shape.quarters, page: 2, pageSize: 4 });
    expect(kap2.body.items.map((r) => r.period)).toEqual(['2025-Q3', '2025-Q2', '2025-Q1', '2024-Q4']);
    expect(kap2.body.items.every((r) => r.status === 'approved' && r.kpiCounts.missing === 0)).toBe(true);

    const old = await list('?plan=SP-2020-2023&priority=D.3&period=2023-Q4');
    expect(old.body.items).toHaveLength(1);
    expect(old.body.items[0]).toMatchObject({ plan: 'SP-2020-2023', status: 'approved' });
  });

  it('lists a due quarter without a review record as open, without creating one', async () => {
    await ctx.db
      .deleteFrom('quarterlyReview')
      .where('id', '=', (await reviewRow(ctx, 'T-STD', '2026-Q3'))?.id ?? -1)
      .execute();
    const { body } = await list('?period=2026-Q3&priority=T-STD');
    expect(body.items).toEqual([
      expect.objectContaining({
        status: 'open',
        version: 0,
        submittedAt: null,
        kpiCounts: { due: 4, reported: 4, missing: 0, approved: expect.any(Number), returned: 0 },
      }),
    ]);
    expect(await reviewRow(ctx, 'T-STD', '2026-Q3')).toBeUndefined();
  });

  it('names priorities in the language asked for', async () => {
    const { body } = await list('?period=2026-Q3&priority=KAP-1&lang=fr');
    expect(body.items[0]?.priority.name.language).toBe('fr');
  });

  it('answers 404 for an unknown plan or priority and 400 for a malformed filter', async () => {
    expect((await list('?plan=SP-1999-2002')).status).toBe(404);
    const unknown = await list('?priority=KAP-9');
    expect(unknown.status).toBe(404);
    expect(unknown.problem.code).toBe('not_found');
    for (const query of ['?period=2026-Q5', '?period=2026', '?status=closed', '?pageSize=0', '?lang=de']) {
      const bad = await list(query);
      expect(bad.status, query).toBe(400);
      expect(bad.problem.code).toBe('validation_failed');
    }
  });
});

describe('GET /api/reviews/:priority/:period', () => {
  freshFixture();

  it("gives the narrative and each owned KPI's value, due flag and state", async () => {
    const { status, review } = await send(ctx, 'GET', '/api/reviews/KAP-1/2026-Q3');
    expect(status).toBe(200);
    expect(review).toMatchObject({
      plan: 'SP-2024-2027',
      status: 'submitted',
      comment: null,
      kpiCounts: { due: 4, reported: 3, missing: 1 },
      narrative: { rating: expect.any(String), achievements: expect.stringContaining('[Demo]') },
    });
    expect(review.kpis.map((k) => k.code)).toEqual(['D1-K1', 'D1-K2', 'D1-K3', 'D1-K4']);
    expect(review.kpis[0]).toMatchObject({
      due: true,
      reported: true,
      state: 'submitted',
      value: expect.any(Number),
      noDataReason: null,
      returnComment: null,
      valueId: expect.any(Number),
      version: 1,
    });
    expect(review.kpis[3]).toMatchObject({
      code: 'D1-K4',
      due: true,
      reported: false,
      state: null,
      value: null,
    });
  });

  it('shows annual KPIs as not due outside Q4', async () => {
    const { review } = await send(ctx, 'GET', '/api/reviews/KAP-3/2026-Q3');
    expect(review.kpis.filter((k) => !k.due).map((k) => k.code)).toEqual(['D3-K1', 'D3-K2']);
    expect(review.kpiCounts.due).toBe(2);
  });

  it('finds the plan from the period, or the one named', async () => {
    const old = await send(ctx, 'GET', '/api/reviews/D.3/2023-Q4');
    expect(old.status).toBe(200);
    expect(old.review).toMatchObject({ plan: 'SP-2020-2023', status: 'approved' });
    const named = await send(ctx, 'GET', '/api/reviews/KAP-1/2026-Q3?plan=SP-2024-2027');
    expect(named.status).toBe(200);
  });

  it('answers 404 for an unknown priority or plan, 400 for a malformed period, 422 for a period not due', async () => {
    const unknown = await send(ctx, 'GET', '/api/reviews/KAP-9/2026-Q3');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
    expect((await send(ctx, 'GET', '/api/reviews/KAP-1/2026-Q3?plan=NOPE')).status).toBe(404);
    expect((await send(ctx, 'GET', '/api/reviews/D.3/2026-Q3?plan=SP-2024-2027')).status).toBe(404);
    for (const period of ['2026-Q5', '2026Q3', '2026', 'latest']) {
      const bad = await send(ctx, 'GET', `/api/reviews/KAP-1/${period}`);
      expect(bad.status, period).toBe(400);
      expect(bad.problem.errors?.[0]?.field).toBe('params.period');
    }
    const future = await send(ctx, 'GET', '/api/reviews/KAP-1/2027-Q1');
    expect(future.status).toBe(422);
    expect(future.problem).toMatchObject({ code: 'period_not_complete' });
    const outside = await send(ctx, 'GET', '/api/reviews/KAP-1/2029-Q1');
    expect(outside.status).toBe(422);
    expect(outside.problem.code).toBe('period_outside_plan');
  });
});

describe('PUT /api/reviews/:priority/:period/narrative', () => {
  freshFixture();

  it('saves the narrative of an open quarter, with an audit row', async () => {
    const res = await send(ctx, 'PUT', '/api/reviews/R-TER/2026-Q3/narrative', {
      rating: 'partially_satisfactory',
      achievements: 'Two new satellite filings processed.',
    });
    expect(res.status).toBe(200);
    expect(res.review.narrative).toEqual({
      rating: 'partially_satisfactory',
      achievements: 'Two new satellite filings processed.',
      challenges: null,
      improvements: null,
    });
    expect(res.review).toMatchObject({ status: 'open', version: 2 });
    const row = await reviewRow(ctx, 'R-TER', '2026-Q3');
    const [entry] = await auditRows(ctx, 'quarterly_review', [row?.id ?? 0]);
    expect(entry).toMatchObject({ action: 'update', actor: 'test-admin' });
    expect(parse(entry?.afterJson ?? null)).toMatchObject({ rating: 'partially_satisfactory' });

    const cleared = await send(ctx, 'PUT', '/api/reviews/R-TER/2026-Q3/narrative', { achievements: null });
    expect(cleared.review.narrative).toMatchObject({ rating: 'partially_satisfactory', achievements: null });
  });

  it('creates the review record when the quarter has none', async () => {
    await ctx.db
      .deleteFrom('quarterlyReview')
      .where('id', '=', (await reviewRow(ctx, 'GS-ENB', '2026-Q3'))?.id ?? -1)
      .execute();
    const res = await send(ctx, 'PUT', '/api/reviews/GS-ENB/2026-Q3/narrative', { challenges: 'Late data.' });
    expect(res.status).toBe(200);
    expect(res.review).toMatchObject({ status: 'open', narrative: { challenges: 'Late data.' } });
    expect(await reviewRow(ctx, 'GS-ENB', '2026-Q3')).toMatchObject({
      status: 'open',
      challenges: 'Late data.',
    });
  });

  it('refuses a submitted quarter (409) and an approved one (423)', async () => {
    const submitted = await send(ctx, 'PUT', '/api/reviews/KAP-3/2026-Q3/narrative', { challenges: 'x' });
    expect(submitted.status).toBe(409);
    expect(submitted.problem.code).toBe('review_not_open');
    const approved = await send(ctx, 'PUT', '/api/reviews/KAP-3/2026-Q2/narrative', { challenges: 'x' });
    expect(approved.status).toBe(423);
    expect(approved.problem.code).toBe('review_locked');
    expect((await reviewRow(ctx, 'KAP-3', '2026-Q2'))?.challenges).not.toBe('x');
  });

  it('refuses unknown fields, unknown ratings and over-long texts', async () => {
    const url = '/api/reviews/T-STD/2026-Q3/narrative';
    for (const body of [{ rating: 'excellent' }, { summary: 'x' }, { achievements: 'x'.repeat(4001) }]) {
      const res = await send(ctx, 'PUT', url, body);
      expect(res.status, JSON.stringify(body).slice(0, 40)).toBe(400);
      expect(res.problem.code).toBe('validation_failed');
    }
    expect((await send(ctx, 'PUT', '/api/reviews/KAP-9/2026-Q3/narrative', {})).status).toBe(404);
    expect((await send(ctx, 'PUT', '/api/reviews/KAP-1/2026-3/narrative', {})).status).toBe(400);
  });
});

describe('plan resolution', () => {
  freshFixture();

  it('asks for ?plan= when two plans have the priority in that period', async () => {
    const sector = await ctx.db
      .selectFrom('sector')
      .select('id')
      .where('code', '=', 'ITU-D')
      .executeTakeFirstOrThrow();
    const plan = await ctx.db
      .insertInto('plan')
      .values({
        code: 'SP-DRAFT',
        name: 'Draft plan',
        startYear: 2026,
        endYear: 2029,
        status: 'draft',
        createdAt: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('thematicPriority')
      .values({
        planId: plan.id,
        sectorId: sector.id,
        code: 'KAP-1',
        name: 'Draft KAP-1',
        sourceStatus: 'demo',
        sourceUrl: null,
      })
      .execute();
    const ambiguous = await send(ctx, 'GET', '/api/reviews/KAP-1/2026-Q3');
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.problem.code).toBe('plan_ambiguous');
    const named = await send(ctx, 'GET', '/api/reviews/KAP-1/2026-Q3?plan=SP-2024-2027');
    expect(named.review).toMatchObject({ plan: 'SP-2024-2027', status: 'submitted' });
    expect((await send(ctx, 'GET', '/api/reviews/KAP-1/2026-Q3?plan=SP-DRAFT')).review.kpis).toEqual([]);
  });
});
