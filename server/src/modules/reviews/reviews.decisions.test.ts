// The reporting calendar through the API: submit, approve, return and reopen move the review and its
// values together, refuse the wrong starting status, and leave their reasons in the audit log. Each group
// starts from a fresh demo database and each test brings its quarter to the status it needs (ensure), so
// tests run in any order; counts are read from that database, not from the demo generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLog } from '@rbm/shared/schemas';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { auditRows, parse, quarterValues, reviewRow, send } from './reviews.test-support.ts';

let ctx: TestContext;
/** A fresh demo database for the group of tests it is called in. */
function freshFixture(): void {
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(async () => ctx.close());
}

const url = (priority: string, period: string, action: string) =>
  `/api/reviews/${priority}/${period}/${action}`;
const stamp = TEST_NOW.toISOString();

/** Brings a quarter to `status` through the API (submit, then approve), whatever ran before. */
async function ensure(priority: string, period: string, status: 'submitted' | 'approved') {
  const current = (await send(ctx, 'GET', `/api/reviews/${priority}/${period}`)).review.status;
  if (current === status) return;
  if (current === 'open' || current === 'returned') {
    expect((await send(ctx, 'POST', url(priority, period, 'submit'), {})).status).toBe(200);
  }
  if (status === 'approved') {
    expect((await send(ctx, 'POST', url(priority, period, 'approve'), {})).status).toBe(200);
  }
}

describe('POST /api/reviews/:priority/:period/submit', () => {
  freshFixture();

  it('submits every value of the quarter with the narrative, and audits the review and each value', async () => {
    const before = await quarterValues(ctx, 'KAP-2', '2026-Q3');
    // Every value of the quarter, the regions' too, goes with the review.
    expect(before.some((v) => v.regionId === null) && before.some((v) => v.regionId !== null)).toBe(true);
    expect(before.every((v) => v.state === 'draft' && v.submittedAt === null)).toBe(true);
    const open = await send(ctx, 'GET', `/api/reviews/KAP-2/2026-Q3`);
    const due = open.review.kpis.filter((k) => k.due);
    expect(due.length).toBeGreaterThan(0);
    expect(due.every((k) => k.reported)).toBe(true);

    const res = await send(ctx, 'POST', url('KAP-2', '2026-Q3', 'submit'), {
      rating: 'satisfactory',
      achievements: 'Training targets met.',
    });
    expect(res.status).toBe(200);
    expect(res.review).toMatchObject({
      status: 'submitted',
      submittedAt: stamp,
      narrative: { rating: 'satisfactory', achievements: 'Training targets met.', challenges: null },
      kpiCounts: { due: due.length, reported: due.length, missing: 0 },
      version: 2,
    });
    expect(res.review.kpis.every((k) => k.state === 'submitted' && k.version === 2)).toBe(true);

    const after = await quarterValues(ctx, 'KAP-2', '2026-Q3');
    expect(after.map((v) => v.id)).toEqual(before.map((v) => v.id));
    expect(after.every((v) => v.state === 'submitted' && v.submittedAt === stamp && v.version === 2)).toBe(
      true,
    );

    const review = await reviewRow(ctx, 'KAP-2', '2026-Q3');
    const [reviewAudit] = await auditRows(ctx, 'quarterly_review', [review?.id ?? 0]);
    expect(reviewAudit).toMatchObject({ action: 'submit', actor: 'test-admin' });
    expect(parse(reviewAudit?.beforeJson ?? null)).toMatchObject({ status: 'open' });
    expect(parse(reviewAudit?.afterJson ?? null)).toMatchObject({
      status: 'submitted',
      rating: 'satisfactory',
    });
    const valueAudits = await auditRows(
      ctx,
      'kpi_value',
      after.map((v) => v.id),
    );
    expect(valueAudits).toHaveLength(before.length);
    expect(parse(valueAudits[0]?.beforeJson ?? null)).toMatchObject({ state: 'draft' });
    expect(parse(valueAudits[0]?.afterJson ?? null)).toMatchObject({ state: 'submitted', version: 2 });
  });

  it('refuses to submit twice (409 review_not_open)', async () => {
    const res = await send(ctx, 'POST', url('KAP-5', '2026-Q3', 'submit'), {});
    expect(res.status).toBe(409);
    expect(res.problem.code).toBe('review_not_open');
    const approved = await send(ctx, 'POST', url('KAP-5', '2026-Q2', 'submit'), {});
    expect(approved.status).toBe(409);
  });

  it('lists every due KPI without a value (422 values_missing) and changes nothing', async () => {
    // KAP-1 submitted 2026-Q3 without D1-K4; returned, it cannot be submitted again until D1-K4 is given.
    expect(
      (await send(ctx, 'POST', url('KAP-1', '2026-Q3', 'return'), { comment: 'D1-K4 is missing' })).status,
    ).toBe(200);
    const res = await send(ctx, 'POST', url('KAP-1', '2026-Q3', 'submit'), { rating: 'satisfactory' });
    expect(res.status).toBe(422);
    expect(res.problem.code).toBe('values_missing');
    expect(res.problem.errors).toEqual([
      { field: 'kpis.D1-K4', code: 'value_missing', message: expect.any(String) },
    ]);
    expect(await reviewRow(ctx, 'KAP-1', '2026-Q3')).toMatchObject({ status: 'returned' });
    expect((await quarterValues(ctx, 'KAP-1', '2026-Q3')).every((v) => v.state === 'draft')).toBe(true);

    // A "no data" declaration counts as reported.
    const kpi = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D1-K4')
      .executeTakeFirstOrThrow();
    await ctx.db
      .insertInto('kpiValue')
      .values({
        kpiId: kpi.id,
        period: '2026-Q3',
        regionId: null,
        value: null,
        noDataReason: 'Survey postponed',
        enteredAt: stamp,
      })
      .execute();
    const ok = await send(ctx, 'POST', url('KAP-1', '2026-Q3', 'submit'), {});
    expect(ok.status).toBe(200);
    expect(ok.review.kpis.find((k) => k.code === 'D1-K4')).toMatchObject({
      reported: true,
      state: 'submitted',
    });
  });

  it('keeps the first submission time of values submitted before', async () => {
    const earlier = '2026-10-10T08:00:00.000Z';
    expect(
      (await send(ctx, 'POST', url('KAP-3', '2026-Q3', 'return'), { comment: 'Check D3-K3' })).status,
    ).toBe(200);
    const [first] = await quarterValues(ctx, 'KAP-3', '2026-Q3');
    await ctx.db
      .updateTable('kpiValue')
      .set({ submittedAt: earlier })
      .where('id', '=', first?.id ?? 0)
      .execute();
    expect((await send(ctx, 'POST', url('KAP-3', '2026-Q3', 'submit'))).status).toBe(200);
    const values = await quarterValues(ctx, 'KAP-3', '2026-Q3');
    expect(values.find((v) => v.id === first?.id)?.submittedAt).toBe(earlier);
    expect(values.every((v) => v.state === 'submitted')).toBe(true);
  });

  it('refuses a body with unknown fields, an unknown priority and a malformed period', async () => {
    expect((await send(ctx, 'POST', url('KAP-4', '2026-Q3', 'submit'), { values: [] })).status).toBe(400);
    expect((await send(ctx, 'POST', url('KAP-9', '2026-Q3', 'submit'), {})).status).toBe(404);
    expect((await send(ctx, 'POST', url('KAP-4', '2026-Q9', 'submit'), {})).status).toBe(400);
    expect((await send(ctx, 'POST', url('KAP-4', '2027-Q1', 'submit'), {})).problem.code).toBe(
      'period_not_complete',
    );
    expect(await reviewRow(ctx, 'KAP-4', '2026-Q3')).toMatchObject({ status: 'open', version: 1 });
  });
});

describe('POST /api/reviews/:priority/:period/approve', () => {
  freshFixture();

  it('approves a submitted quarter: values approved and locked, decision recorded', async () => {
    await ensure('KAP-5', '2026-Q3', 'submitted');
    const res = await send(ctx, 'POST', url('KAP-5', '2026-Q3', 'approve'), { comment: 'Well documented.' });
    expect(res.status).toBe(200);
    expect(res.review).toMatchObject({ status: 'approved', decidedAt: stamp, comment: 'Well documented.' });
    const values = await quarterValues(ctx, 'KAP-5', '2026-Q3');
    expect(values.every((v) => v.state === 'approved' && v.approvedAt === stamp && v.version === 2)).toBe(
      true,
    );
    const audits = await auditRows(
      ctx,
      'kpi_value',
      values.map((v) => v.id),
    );
    expect(audits.map((a) => [a.action, a.reason])).toEqual(
      values.map(() => ['approve', 'Well documented.']),
    );

    // Locked: no second approval, no narrative change, no submission.
    expect((await send(ctx, 'POST', url('KAP-5', '2026-Q3', 'approve'))).problem.code).toBe(
      'review_not_submitted',
    );
    const narrative = await send(ctx, 'PUT', url('KAP-5', '2026-Q3', 'narrative'), {
      rating: 'unsatisfactory',
    });
    expect(narrative.status).toBe(423);
    expect(narrative.problem.code).toBe('review_locked');
  });

  it('approves without a body, and counts the values in published figures from then on', async () => {
    await ensure('T-BSG', '2026-Q3', 'submitted');
    const res = await send(ctx, 'POST', url('T-BSG', '2026-Q3', 'approve'));
    expect(res.status).toBe(200);
    expect(res.review).toMatchObject({ status: 'approved', comment: null });
  });

  it('refuses an open quarter (409) and a malformed body (400)', async () => {
    const open = await send(ctx, 'POST', url('KAP-4', '2026-Q3', 'approve'), {});
    expect(open.status).toBe(409);
    expect(open.problem.code).toBe('review_not_submitted');
    expect((await send(ctx, 'POST', url('R-SPA', '2026-Q3', 'approve'), { comment: 5 })).status).toBe(400);
    expect((await send(ctx, 'POST', url('R-SPA', '2026-Q3', 'approve'), { note: 'x' })).status).toBe(400);
    expect((await send(ctx, 'POST', url('NOPE', '2026-Q3', 'approve'), {})).status).toBe(404);
  });
});

describe('POST /api/reviews/:priority/:period/return', () => {
  freshFixture();

  it('requires a comment (422 comment_required) and changes nothing without one', async () => {
    await ensure('R-SPA', '2026-Q3', 'submitted');
    for (const body of [{}, { comment: '   ' }, { kpis: [{ code: 'RS-K1', comment: 'x' }] }]) {
      const res = await send(ctx, 'POST', url('R-SPA', '2026-Q3', 'return'), body);
      expect(res.status).toBe(422);
      expect(res.problem).toMatchObject({ code: 'comment_required', errors: [{ field: 'body.comment' }] });
    }
    expect(await reviewRow(ctx, 'R-SPA', '2026-Q3')).toMatchObject({ status: 'submitted' });
  });

  it('refuses per-KPI comments on KPIs the priority does not own', async () => {
    await ensure('R-SPA', '2026-Q3', 'submitted');
    const res = await send(ctx, 'POST', url('R-SPA', '2026-Q3', 'return'), {
      comment: 'See the KPIs',
      kpis: [
        { code: 'RS-K1', comment: 'ok' },
        { code: 'D1-K1', comment: 'not ours' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.problem.code).toBe('kpi_not_in_review');
    expect(res.problem.errors).toEqual([expect.objectContaining({ field: 'body.kpis.1.code' })]);
    expect(await reviewRow(ctx, 'R-SPA', '2026-Q3')).toMatchObject({ status: 'submitted' });
  });

  it('without per-KPI comments, every value of the quarter carries the overall comment', async () => {
    await ensure('KAP-2', '2026-Q3', 'submitted');
    const res = await send(ctx, 'POST', url('KAP-2', '2026-Q3', 'return'), { comment: 'Please recheck.' });
    expect(res.status).toBe(200);
    const values = await quarterValues(ctx, 'KAP-2', '2026-Q3');
    expect(values.every((v) => v.state === 'draft' && v.returnComment === 'Please recheck.')).toBe(true);
  });

  it('refuses a quarter that is not submitted (409)', async () => {
    const res = await send(ctx, 'POST', url('KAP-4', '2026-Q3', 'return'), { comment: 'Not yet' });
    expect(res.status).toBe(409);
    expect(res.problem.code).toBe('review_not_submitted');
  });
});

describe('POST /api/reviews/:priority/:period/return, KPI by KPI', () => {
  freshFixture(); // the refusals above read the same quarter

  it('sends the quarter back with per-KPI comments set only on those KPIs', async () => {
    await ensure('R-SPA', '2026-Q3', 'submitted');
    const submitted = await quarterValues(ctx, 'R-SPA', '2026-Q3');
    expect(submitted.every((v) => v.state === 'submitted' && v.submittedAt !== null)).toBe(true);
    const res = await send(ctx, 'POST', url('R-SPA', '2026-Q3', 'return'), {
      comment: 'Two figures need a source.',
      kpis: [{ code: 'RS-K2', comment: 'Which database is this from?' }],
    });
    expect(res.status).toBe(200);
    expect(res.review).toMatchObject({ status: 'returned', comment: 'Two figures need a source.' });
    const byCode = Object.fromEntries(res.review.kpis.map((k) => [k.code, k]));
    expect(byCode['RS-K2']).toMatchObject({ state: 'draft', returnComment: 'Which database is this from?' });
    expect(byCode['RS-K1']).toMatchObject({ state: 'draft', returnComment: null });

    // Back to the planners as drafts; the first submission time stays for timeliness.
    const values = await quarterValues(ctx, 'R-SPA', '2026-Q3');
    expect(values.every((v) => v.state === 'draft')).toBe(true);
    expect(values.map((v) => v.submittedAt)).toEqual(submitted.map((v) => v.submittedAt));
    const rsK2 = values.filter((v) => v.code === 'RS-K2');
    const [audit] = await auditRows(
      ctx,
      'kpi_value',
      rsK2.map((v) => v.id),
    );
    expect(audit).toMatchObject({ action: 'return', reason: 'Which database is this from?' });
    expect(parse(audit?.afterJson ?? null)).toMatchObject({
      state: 'draft',
      returnComment: 'Which database is this from?',
    });
    const review = await reviewRow(ctx, 'R-SPA', '2026-Q3');
    const reviewAudits = await auditRows(ctx, 'quarterly_review', [review?.id ?? 0]);
    expect(reviewAudits.at(-1)).toMatchObject({ action: 'return', reason: 'Two figures need a source.' });
    expect(parse(reviewAudits.at(-1)?.afterJson ?? null)).toMatchObject({
      status: 'returned',
      comment: 'Two figures need a source.',
    });

    // Returned, the narrative can change again; a second return is refused.
    expect(
      (await send(ctx, 'PUT', url('R-SPA', '2026-Q3', 'narrative'), { challenges: 'Sources.' })).status,
    ).toBe(200);
    expect((await send(ctx, 'POST', url('R-SPA', '2026-Q3', 'return'), { comment: 'again' })).status).toBe(
      409,
    );
  });
});

describe('POST /api/reviews/:priority/:period/reopen', () => {
  freshFixture();

  it('requires the reason (422 comment_required)', async () => {
    await ensure('KAP-4', '2026-Q2', 'approved');
    for (const body of [{}, { comment: '' }]) {
      const res = await send(ctx, 'POST', url('KAP-4', '2026-Q2', 'reopen'), body);
      expect(res.status).toBe(422);
      expect(res.problem.code).toBe('comment_required');
    }
    expect(await reviewRow(ctx, 'KAP-4', '2026-Q2')).toMatchObject({ status: 'approved' });
  });

  it('reopens an approved quarter: values back to draft, the reason in the audit log', async () => {
    await ensure('KAP-4', '2026-Q2', 'approved');
    const reason = 'Correction of D4-K1 after the donor audit.';
    const res = await send(ctx, 'POST', url('KAP-4', '2026-Q2', 'reopen'), { comment: reason });
    expect(res.status).toBe(200);
    expect(res.review).toMatchObject({ status: 'open', comment: reason, decidedAt: stamp });
    const values = await quarterValues(ctx, 'KAP-4', '2026-Q2');
    expect(values.every((v) => v.state === 'draft' && v.approvedAt === null && v.version === 2)).toBe(true);
    const audits = await auditRows(
      ctx,
      'kpi_value',
      values.map((v) => v.id),
    );
    expect(audits).toHaveLength(values.length);
    expect(audits.every((a) => a.action === 'reopen' && a.reason === reason)).toBe(true);
    expect(parse(audits[0]?.beforeJson ?? null)).toMatchObject({ state: 'approved' });
    // The value's history, as the audit API shows it, names the decision and its reason.
    const history = await ctx.app.inject({
      method: 'GET',
      url: `/api/audit?entity=kpi_value&id=${values[0]?.id}`,
    });
    expect(history.json<AuditLog>().items[0]).toMatchObject({
      action: 'reopen',
      reason,
      after: { state: 'draft' },
    });
    const review = await reviewRow(ctx, 'KAP-4', '2026-Q2');
    const [reviewAudit] = await auditRows(ctx, 'quarterly_review', [review?.id ?? 0]);
    expect(reviewAudit).toMatchObject({ action: 'reopen', reason });
    expect(parse(reviewAudit?.beforeJson ?? null)).toMatchObject({ status: 'approved' });

    // Open again: the narrative can change and the quarter can be submitted again.
    expect((await send(ctx, 'PUT', url('KAP-4', '2026-Q2', 'narrative'), { improvements: 'x' })).status).toBe(
      200,
    );
    expect((await send(ctx, 'POST', url('KAP-4', '2026-Q2', 'submit'))).review.status).toBe('submitted');
  });

  it('reopens only an approved quarter (409), never one of a closed plan (409 plan_closed: read-only)', async () => {
    await ensure('KAP-3', '2026-Q3', 'submitted');
    const submitted = await send(ctx, 'POST', url('KAP-3', '2026-Q3', 'reopen'), { comment: 'why' });
    expect(submitted.status).toBe(409);
    expect(submitted.problem.code).toBe('review_not_approved');
    expect((await send(ctx, 'POST', url('R-TER', '2026-Q3', 'reopen'), { comment: 'why' })).status).toBe(409);
    const old = await send(ctx, 'POST', `${url('D.3', '2023-Q4', 'reopen')}?plan=SP-2020-2023`, {
      comment: 'Late fix',
    });
    expect(old.status).toBe(409);
    expect(old.problem.code).toBe('plan_closed');
  });
});

describe('figures follow the decisions', () => {
  freshFixture();

  it('raises the data revision with each decision', async () => {
    const revision = async () =>
      (await ctx.db.selectFrom('dataRevision').select('revision').executeTakeFirstOrThrow()).revision;
    const before = await revision();
    expect((await send(ctx, 'POST', url('T-STD', '2026-Q3', 'submit'), {})).status).toBe(200);
    expect(await revision()).toBe(before + 1);
    expect((await send(ctx, 'POST', url('T-STD', '2026-Q3', 'submit'), {})).status).toBe(409);
    expect(await revision()).toBe(before + 1);
  });
});
