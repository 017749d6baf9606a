// Action items through the API: opened in a quarter, carried to later quarters until closed, kept by the
// priority's planners and reviewers, locked with an approved quarter, validated and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditLog, Problem, ReviewActionItem, ReviewDetail } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import type { AppInstance } from '../../app-instance.ts';
import { auditRows, parse } from './reviews.test-support.ts';

let ctx: TestContext;
let planner: AppInstance;
let reviewer: AppInstance;
let council: AppInstance;
beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', 'rbm-demo');
  reviewer = await ctx.signIn('reviewer', 'rbm-demo');
  council = await ctx.signIn('council', 'rbm-demo');
});
afterAll(async () => ctx.close());

const items = (priority: string, period: string) => `/api/reviews/${priority}/${period}/action-items`;

async function create(app: AppInstance, priority: string, period: string, payload: Record<string, unknown>) {
  const res = await app.inject({ method: 'POST', url: items(priority, period), payload });
  return { status: res.statusCode, item: res.json<ReviewActionItem>(), problem: res.json<Problem>() };
}

async function change(app: AppInstance, priority: string, period: string, id: number, payload: object) {
  const res = await app.inject({ method: 'PATCH', url: `${items(priority, period)}/${id}`, payload });
  return { status: res.statusCode, item: res.json<ReviewActionItem>(), problem: res.json<Problem>() };
}

async function review(priority: string, period: string): Promise<ReviewDetail> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/reviews/${priority}/${period}` });
  expect(res.statusCode).toBe(200);
  return res.json<ReviewDetail>();
}

describe('action items of a review', () => {
  it('a planner opens an item; it is audited and listed in the review of the quarter', async () => {
    const listedBefore = (await review('KAP-4', '2026-Q3')).actionItems.map((i) => i.id); // other tests' items
    const res = await create(planner, 'KAP-4', '2026-Q3', {
      description: '  Agree the survey calendar with the regional offices ',
      owner: 'BDT/DNS',
      dueDate: '2026-12-15',
    });
    expect(res.status).toBe(201);
    expect(res.item).toMatchObject({
      description: 'Agree the survey calendar with the regional offices',
      owner: 'BDT/DNS',
      dueDate: '2026-12-15',
      status: 'open',
      openedPeriod: '2026-Q3',
      closedPeriod: null,
      carriedOver: false,
    });
    const detail = await review('KAP-4', '2026-Q3');
    expect(detail.actionItems.map((i) => i.id)).toEqual([...listedBefore, res.item.id]);
    expect((await review('KAP-4', '2026-Q2')).actionItems.map((i) => i.id)).not.toContain(res.item.id);
    const [entry] = await auditRows(ctx, 'review_action_item', [res.item.id]);
    expect(entry).toMatchObject({ action: 'create', actor: 'planner' });
    expect(parse(entry?.afterJson ?? null)).toMatchObject({ priority: 'KAP-4', owner: 'BDT/DNS' });
  });

  it('carries an item to later quarters until it is closed, and records the closing quarter', async () => {
    // 2026-Q2 of KAP-2 is approved: reopen it to open an item there.
    const reopened = await ctx.app.inject({
      method: 'POST',
      url: '/api/reviews/KAP-2/2026-Q2/reopen',
      payload: { comment: 'Add the follow-up agreed at the retreat' },
    });
    expect(reopened.statusCode).toBe(200);
    const opened = await create(reviewer, 'KAP-2', '2026-Q2', {
      description: 'Publish the toolkit',
      owner: 'Ana',
    });
    expect(opened.status).toBe(201);
    const carried = (await review('KAP-2', '2026-Q3')).actionItems.find((i) => i.id === opened.item.id);
    expect(carried).toMatchObject({ openedPeriod: '2026-Q2', carriedOver: true, status: 'open' });

    const progress = await change(planner, 'KAP-2', '2026-Q3', opened.item.id, {
      status: 'in_progress',
      owner: 'Ana Lima',
      dueDate: '2027-01-31',
    });
    expect(progress.status).toBe(200);
    expect(progress.item).toMatchObject({ status: 'in_progress', owner: 'Ana Lima', dueDate: '2027-01-31' });

    const closed = await change(reviewer, 'KAP-2', '2026-Q3', opened.item.id, { status: 'closed' });
    expect(closed.item).toMatchObject({ status: 'closed', closedPeriod: '2026-Q3' });
    // Shown in the quarter that closed it (and before), never after it.
    expect((await review('KAP-2', '2026-Q3')).actionItems.map((i) => i.id)).toContain(opened.item.id);
    const row = await ctx.db
      .selectFrom('reviewActionItem')
      .selectAll()
      .where('id', '=', opened.item.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'closed', closedPeriod: '2026-Q3' });

    const audits = await auditRows(ctx, 'review_action_item', [opened.item.id]);
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'close']);
    expect(parse(audits[1]?.beforeJson ?? null)).toMatchObject({ status: 'open', owner: 'Ana' });
    expect(parse(audits[2]?.afterJson ?? null)).toMatchObject({ status: 'closed', closedPeriod: '2026-Q3' });

    // Reopening the item forgets the closing quarter.
    const again = await change(reviewer, 'KAP-2', '2026-Q3', opened.item.id, { status: 'open' });
    expect(again.item).toMatchObject({ status: 'open', closedPeriod: null });
  });

  it('an item closed in a quarter is not shown in the later quarters', async () => {
    await ctx.app.inject({
      method: 'POST',
      url: '/api/reviews/KAP-4/2026-Q2/reopen',
      payload: { comment: 'x' },
    });
    const opened = await create(ctx.app, 'KAP-4', '2026-Q2', { description: 'Done at once', owner: 'Bo' });
    expect((await change(ctx.app, 'KAP-4', '2026-Q2', opened.item.id, { status: 'closed' })).status).toBe(
      200,
    );
    expect((await review('KAP-4', '2026-Q2')).actionItems.map((i) => i.id)).toContain(opened.item.id);
    expect((await review('KAP-4', '2026-Q3')).actionItems.map((i) => i.id)).not.toContain(opened.item.id);
    // and cannot be changed through a quarter that does not show it
    const hidden = await change(ctx.app, 'KAP-4', '2026-Q3', opened.item.id, { owner: 'Someone' });
    expect(hidden.status).toBe(404);
  });

  it('refuses changes in an approved quarter (423) and writes nothing', async () => {
    const res = await create(planner, 'KAP-1', '2026-Q2', { description: 'Too late', owner: 'Bo' });
    expect(res.status).toBe(423);
    expect(res.problem.code).toBe('review_locked');
    const count = await ctx.db
      .selectFrom('reviewActionItem')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('description', '=', 'Too late')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses the Council (403), other priorities (403 out_of_scope), bad bodies (400) and dates (422)', async () => {
    const body = { description: 'Something', owner: 'Bo' };
    expect((await create(council, 'KAP-4', '2026-Q3', body)).status).toBe(403);
    const outOfScope = await create(planner, 'R-SPA', '2026-Q3', body);
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.problem.code).toBe('out_of_scope');
    expect((await create(planner, 'KAP-4', '2026-Q3', { description: '   ', owner: 'Bo' })).status).toBe(400);
    expect((await create(planner, 'KAP-4', '2026-Q3', { ...body, status: 'closed' })).status).toBe(400);
    expect((await create(planner, 'KAP-4', '2026-Q3', { ...body, dueDate: '15/12/2026' })).status).toBe(400);
    const badDate = await create(planner, 'KAP-4', '2026-Q3', { ...body, dueDate: '2026-02-30' });
    expect(badDate.status).toBe(422);
    expect(badDate.problem.code).toBe('date_invalid');
    expect((await create(planner, 'KAP-4', '2027-Q1', body)).problem.code).toBe('period_not_complete');
    const opened = await create(planner, 'KAP-4', '2026-Q3', body);
    expect((await change(planner, 'KAP-4', '2026-Q3', opened.item.id, {})).status).toBe(400);
    expect((await change(planner, 'KAP-4', '2026-Q3', opened.item.id, { status: 'done' })).status).toBe(400);
    expect((await change(council, 'KAP-4', '2026-Q3', opened.item.id, { status: 'closed' })).status).toBe(
      403,
    );
    expect((await change(planner, 'KAP-4', '2026-Q3', 999999, { status: 'closed' })).status).toBe(404);
    expect((await change(planner, 'KAP-3', '2026-Q3', opened.item.id, { status: 'closed' })).status).toBe(
      404,
    );
  });
});

describe('decisions in the review and in the history of each value', () => {
  it('lists submit/return/approve with their reasons, and each value’s audit history shows them', async () => {
    const returned = await reviewer.inject({
      method: 'POST',
      url: '/api/reviews/KAP-5/2026-Q3/return',
      payload: { comment: 'Check the regional split', kpis: [{ code: 'D5-K1', comment: 'Source missing' }] },
    });
    expect(returned.statusCode).toBe(200);
    expect(
      (await planner.inject({ method: 'POST', url: '/api/reviews/KAP-5/2026-Q3/submit', payload: {} }))
        .statusCode,
    ).toBe(200);
    const approved = await reviewer.inject({
      method: 'POST',
      url: '/api/reviews/KAP-5/2026-Q3/approve',
      payload: { comment: 'Thanks' },
    });
    const detail = approved.json<ReviewDetail>();
    expect(detail.decisions.slice(-3)).toEqual([
      {
        action: 'return',
        at: expect.any(String),
        actor: 'reviewer',
        reason: 'Check the regional split',
        kpis: expect.arrayContaining([{ code: 'D5-K1', decision: 'return', comment: 'Source missing' }]),
      },
      { action: 'submit', at: expect.any(String), actor: 'planner', reason: null, kpis: [] },
      {
        action: 'approve',
        at: expect.any(String),
        actor: 'reviewer',
        reason: 'Thanks',
        kpis: expect.arrayContaining([{ code: 'D5-K1', decision: 'approve', comment: null }]),
      },
    ]);
    const kpi = detail.kpis.find((k) => k.code === 'D5-K1');
    expect(kpi?.valueId).toEqual(expect.any(Number));
    // The planner reads the value's history through the audit route (scoped to their priorities).
    const history = await planner.inject({
      method: 'GET',
      url: `/api/audit?entity=kpi_value&id=${kpi?.valueId}`,
    });
    expect(history.statusCode).toBe(200);
    const entries = history.json<AuditLog>().items;
    expect(entries.slice(0, 3).map((e) => [e.action, e.actor, e.reason])).toEqual([
      ['approve', 'reviewer', 'Thanks'],
      ['submit', 'planner', null],
      ['return', 'reviewer', 'Source missing'],
    ]);
    // Locked: the approved value cannot be written.
    const put = await planner.inject({
      method: 'PUT',
      url: `/api/kpis/${kpi ? await kpiId(kpi.code) : 0}/values/2026-Q3`,
      payload: { value: 1, version: 4 },
    });
    expect(put.statusCode).toBe(423);
  });
});

async function kpiId(code: string): Promise<number> {
  const row = await ctx.db.selectFrom('kpi').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}
