// Decisions KPI by KPI: a reviewer approves some KPIs and returns others in one decision; only the returned
// ones go back to the planner, the approved ones stay locked (and published at once), and after the
// resubmission only the returned ones wait for a decision. Every comment typed is kept in the history.
// The file shares one demo database; each test first brings its quarter to the status it needs (through
// the API: approve, reopen, submit, decide), so the tests run in any order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiDetail, Problem, ReviewDetail, ReviewKpi } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { auditRows, parse, quarterValues, reviewRow } from './reviews.test-support.ts';

let ctx: TestContext;
let reviewer: AppInstance;
let planner: AppInstance;
let council: AppInstance;
beforeAll(async () => {
  ctx = await buildTestApp();
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
});
afterAll(async () => ctx.close());

const PRIORITY = 'KAP-2';
const PERIOD = '2026-Q3';
const base = `/api/reviews/${PRIORITY}/${PERIOD}`;

async function call(app: AppInstance, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const res = await app.inject({ method, url, ...(payload === undefined ? {} : { payload }) });
  return {
    status: res.statusCode,
    contentType: res.headers['content-type'],
    review: res.json<ReviewDetail>(),
    problem: res.json<Problem>(),
  };
}

async function kpiId(code: string) {
  const row = await ctx.db.selectFrom('kpi').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

/** Submits the quarter as the planner; returns the KPIs with a number, which the tests decide on. */
async function submitted(): Promise<ReviewKpi[]> {
  const res = await call(planner, 'POST', `${base}/submit`, {});
  expect(res.status).toBe(200);
  const numbered = res.review.kpis.filter((k) => k.pending && k.value !== null);
  expect(numbered.length).toBeGreaterThanOrEqual(3);
  return numbered;
}

const stateOf = (review: ReviewDetail, code: string) => review.kpis.find((k) => k.code === code)?.state;

/** Brings a quarter back to open (every value a draft), whatever the tests before left: a submitted quarter
 * is approved, a returned one resubmitted, an approved one reopened. */
async function reopened(priority: string, period = PERIOD) {
  const url = `/api/reviews/${priority}/${period}`;
  const next = { submitted: 'approve', returned: 'submit', approved: 'reopen' } as const;
  for (let step = 0; step < 4; step += 1) {
    const { status } = (await call(ctx.app, 'GET', url)).review;
    if (status === 'open') return;
    const action = next[status];
    const payload = action === 'reopen' ? { comment: 'Test' } : {};
    expect((await call(ctx.app, 'POST', `${url}/${action}`, payload)).status).toBe(200);
  }
  throw new Error(`${priority} ${period} did not come back to open`);
}

/** Brings a quarter to submitted with every KPI waiting for a decision (as the demo has KAP-3). */
async function awaitingDecision(priority: string, period = PERIOD) {
  const review = (await call(ctx.app, 'GET', `/api/reviews/${priority}/${period}`)).review;
  if (review.status === 'submitted' && review.kpis.every((k) => k.state !== 'approved')) return;
  await reopened(priority, period);
  expect((await call(planner, 'POST', `/api/reviews/${priority}/${period}/submit`, {})).status).toBe(200);
}

/** The decision the first test makes: the first KPI with a number returned, the others approved. */
function decisionOn(kpis: ReviewKpi[]) {
  const returnedCode = kpis[0]?.code ?? '';
  const approvedCodes = kpis.slice(1).map((k) => k.code);
  const payload = {
    comment: 'Good quarter overall.',
    kpis: [
      { code: returnedCode, decision: 'return', comment: 'Attach the survey report.' },
      { code: approvedCodes[0], decision: 'approve', comment: 'Well sourced.' },
    ],
  };
  return { returnedCode, approvedCodes, payload };
}

/** The quarter as the first test leaves it: submitted afresh, one KPI returned, the others approved. */
async function decided() {
  await reopened(PRIORITY);
  const kpis = await submitted();
  const decision = decisionOn(kpis);
  expect((await call(reviewer, 'POST', `${base}/decision`, decision.payload)).status).toBe(200);
  return { kpis, ...decision };
}

describe('POST /api/reviews/:priority/:period/decision', () => {
  it('returns one KPI and approves the rest: only the returned KPI reopens', async () => {
    await reopened(PRIORITY);
    const kpis = await submitted();
    const { returnedCode, approvedCodes, payload } = decisionOn(kpis);
    const res = await call(reviewer, 'POST', `${base}/decision`, payload);
    expect(res.status).toBe(200);
    expect(res.review.status).toBe('returned');
    expect(stateOf(res.review, returnedCode)).toBe('draft');
    const returned = res.review.kpis.find((k) => k.code === returnedCode);
    expect(returned).toMatchObject({ returnComment: 'Attach the survey report.', pending: false });
    for (const code of approvedCodes) expect(stateOf(res.review, code), code).toBe('approved');
    expect(res.review.kpiCounts.returned).toBe(1);
    expect(res.review.kpiCounts.approved).toBe(res.review.kpiCounts.due - 1);

    // Every value of the KPIs (regions too) moved with their KPI.
    const values = await quarterValues(ctx, PRIORITY, PERIOD);
    for (const value of values) {
      expect(value.state, value.code).toBe(value.code === returnedCode ? 'draft' : 'approved');
    }

    // The decision is in the history with each KPI's verdict and comment, and in the review's audit row.
    const decision = res.review.decisions.at(-1);
    expect(decision).toMatchObject({ action: 'decide', actor: 'reviewer', reason: 'Good quarter overall.' });
    expect(decision?.kpis).toEqual(
      expect.arrayContaining([
        { code: returnedCode, decision: 'return', comment: 'Attach the survey report.' },
        { code: approvedCodes[0], decision: 'approve', comment: 'Well sourced.' },
        ...approvedCodes.slice(1).map((code) => ({ code, decision: 'approve', comment: null })),
      ]),
    );
    const review = await reviewRow(ctx, PRIORITY, PERIOD);
    const audit = (await auditRows(ctx, 'quarterly_review', [review?.id ?? 0])).at(-1);
    expect(audit?.action).toBe('decide');
    expect(parse(audit?.afterJson ?? null)).toMatchObject({ status: 'returned', kpis: decision?.kpis });
    // Each value's own history says what happened to it, with the comment on its KPI.
    const valueAudits = await auditRows(
      ctx,
      'kpi_value',
      values.map((v) => v.id),
    );
    const lastOf = (code: string) =>
      valueAudits
        .filter(
          (a) =>
            a.id > (audit?.id ?? 0) && values.some((v) => v.code === code && String(v.id) === a.entityId),
        )
        .at(-1);
    expect(lastOf(returnedCode)).toMatchObject({ action: 'return', reason: 'Attach the survey report.' });
    expect(lastOf(approvedCodes[0] ?? '')).toMatchObject({ action: 'approve', reason: 'Well sourced.' });
  });

  it('locks the approved KPIs (423) and lets the planner change the returned one', async () => {
    const { kpis, returnedCode, approvedCodes } = await decided();
    const approved = kpis.find((k) => k.code === approvedCodes[0]);
    const locked = await call(
      planner,
      'PUT',
      `/api/kpis/${await kpiId(approvedCodes[0] ?? '')}/values/${PERIOD}`,
      {
        value: 1,
        version: (approved?.version ?? 0) + 1,
      },
    );
    expect(locked.status).toBe(423);
    expect(locked.problem.code).toBe('value_locked');

    const detail = await call(planner, 'GET', base);
    const returned = detail.review.kpis.find((k) => k.code === returnedCode);
    const put = await call(planner, 'PUT', `/api/kpis/${await kpiId(returnedCode)}/values/${PERIOD}`, {
      value: returned?.value ?? 0,
      version: returned?.version ?? 0,
      note: 'Survey report attached.',
    });
    expect(put.status).toBe(200);
  });

  it('publishes the approved KPIs to the Council at once, not the returned one', async () => {
    const { kpis, returnedCode, approvedCodes } = await decided();
    const actualOf = async (code: string) => {
      const res = await council.inject({ method: 'GET', url: `/api/kpis/${await kpiId(code)}` });
      expect(res.statusCode).toBe(200);
      return res.json<KpiDetail>().series.quarters.find((q) => q.period === PERIOD)?.actual ?? null;
    };
    const approved = kpis.find((k) => k.code === approvedCodes[0]);
    expect(await actualOf(approvedCodes[0] ?? '')).toBe(approved?.value);
    expect(await actualOf(returnedCode)).toBeNull();
  });

  it('after the resubmission only the returned KPI waits for a decision', async () => {
    const { returnedCode, approvedCodes } = await decided();
    const before = await quarterValues(ctx, PRIORITY, PERIOD);
    const res = await call(planner, 'POST', `${base}/submit`, {});
    expect(res.status).toBe(200);
    expect(res.review.kpis.filter((k) => k.pending).map((k) => k.code)).toEqual([returnedCode]);
    const after = await quarterValues(ctx, PRIORITY, PERIOD);
    for (const value of after.filter((v) => v.code !== returnedCode)) {
      const earlier = before.find((v) => v.id === value.id);
      expect(value, value.code).toMatchObject({ state: 'approved', version: earlier?.version });
    }

    // An approved KPI cannot be decided again.
    const again = await call(reviewer, 'POST', `${base}/decision`, {
      kpis: [{ code: approvedCodes[0], decision: 'return', comment: 'Second thoughts' }],
    });
    expect(again.status).toBe(422);
    expect(again.contentType).toMatch(/application\/problem\+json/);
    expect(again.problem).toMatchObject({
      code: 'kpi_not_pending',
      errors: [{ field: 'body.kpis.0.code', code: 'kpi_not_pending', message: expect.any(String) }],
    });

    // Approving now approves the returned KPI alone, and the quarter with it; its comment is kept.
    const approve = await call(reviewer, 'POST', `${base}/approve`, {
      kpis: [{ code: returnedCode, comment: 'Thanks for the report.' }],
    });
    expect(approve.status).toBe(200);
    expect(approve.review.status).toBe('approved');
    expect(approve.review.kpis.filter((k) => k.valueId !== null).every((k) => k.state === 'approved')).toBe(
      true,
    );
    expect(approve.review.decisions.at(-1)).toMatchObject({
      action: 'approve',
      kpis: [{ code: returnedCode, decision: 'approve', comment: 'Thanks for the report.' }],
    });
  });
});

describe('comments sent with an approval', () => {
  it('stores the overall comment and the comments on single KPIs in the history and the audit log', async () => {
    // Whatever the tests before left, the quarter is reopened and resubmitted: every KPI waits again.
    const url = base;
    await reopened(PRIORITY);
    const submit = await call(planner, 'POST', `${url}/submit`, {});
    expect(submit.status).toBe(200);
    const [first] = submit.review.kpis.filter((k) => k.pending);
    const res = await call(reviewer, 'POST', `${url}/approve`, {
      comment: 'Approved; see the note on the first KPI.',
      kpis: [{ code: first?.code, comment: 'Check the baseline next quarter.' }],
    });
    expect(res.status).toBe(200);
    expect(res.review.decisions.at(-1)).toMatchObject({
      action: 'approve',
      reason: 'Approved; see the note on the first KPI.',
      kpis: expect.arrayContaining([
        { code: first?.code, decision: 'approve', comment: 'Check the baseline next quarter.' },
      ]),
    });
    const valueAudit = (await auditRows(ctx, 'kpi_value', [first?.valueId ?? 0])).at(-1);
    expect(valueAudit).toMatchObject({ action: 'approve', reason: 'Check the baseline next quarter.' });
  });
});

describe('refusals', () => {
  it('answers 4xx problem+json and changes nothing', async () => {
    const url = '/api/reviews/KAP-3/2026-Q3/decision';
    await awaitingDecision('KAP-3');
    const before = await quarterValues(ctx, 'KAP-3', '2026-Q3');
    const detail = (await call(reviewer, 'GET', '/api/reviews/KAP-3/2026-Q3')).review;
    expect(detail.status).toBe('submitted');
    const code = detail.kpis.find((k) => k.pending)?.code;

    const cases: Array<[object, number, string]> = [
      [{ kpis: [{ code: 'D1-K1', decision: 'return', comment: 'x' }] }, 422, 'kpi_not_in_review'],
      [
        {
          kpis: [
            { code, decision: 'approve' },
            { code, decision: 'return', comment: 'x' },
          ],
        },
        422,
        'kpi_decided_twice',
      ],
      [{ kpis: [{ code, decision: 'return', comment: '  ' }] }, 422, 'comment_required'],
      [{ kpis: [{ code, decision: 'reject' }] }, 400, 'validation_failed'],
      [{ comment: 'x' }, 400, 'validation_failed'],
    ];
    for (const [payload, status, problemCode] of cases) {
      const res = await call(reviewer, 'POST', url, payload);
      expect(res.status, JSON.stringify(payload)).toBe(status);
      expect(res.contentType).toMatch(/application\/problem\+json/);
      expect(res.problem.code, JSON.stringify(payload)).toBe(problemCode);
    }
    expect(await quarterValues(ctx, 'KAP-3', '2026-Q3')).toEqual(before);

    // Not submitted: 409; out of the reviewer's scope (an ITU-T priority): 403; a viewer: 403.
    const open = await call(reviewer, 'POST', '/api/reviews/KAP-4/2026-Q3/decision', { kpis: [] });
    expect([open.status, open.problem.code]).toEqual([409, 'review_not_submitted']);
    expect((await call(reviewer, 'POST', '/api/reviews/T-STD/2026-Q3/decision', { kpis: [] })).status).toBe(
      403,
    );
    expect((await call(council, 'POST', url, { kpis: [] })).status).toBe(403);
  });
});

describe('returning the whole quarter after a partial decision', () => {
  it('sends back only the KPIs still waiting; those approved before stay approved', async () => {
    const url = '/api/reviews/KAP-3/2026-Q3';
    await awaitingDecision('KAP-3');
    const detail = (await call(reviewer, 'GET', url)).review;
    expect(detail.status).toBe('submitted');
    const [first, ...rest] = detail.kpis.filter((k) => k.pending).map((k) => k.code);
    expect(rest.length).toBeGreaterThan(0);
    const partial = await call(reviewer, 'POST', `${url}/decision`, {
      kpis: [{ code: first, decision: 'return', comment: 'Recheck' }],
    });
    expect(partial.status).toBe(200);
    expect((await call(planner, 'POST', `${url}/submit`, {})).status).toBe(200);

    const back = await call(reviewer, 'POST', `${url}/return`, { comment: 'Still not right' });
    expect(back.status).toBe(200);
    expect(back.review.status).toBe('returned');
    expect(stateOf(back.review, first ?? '')).toBe('draft');
    for (const code of rest) expect(stateOf(back.review, code), code).toBe('approved');
    expect(back.review.decisions.at(-1)?.kpis).toEqual([{ code: first, decision: 'return', comment: null }]);
  });
});
