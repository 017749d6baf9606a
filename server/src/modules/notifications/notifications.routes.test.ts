// The inbox through the API: decisions on a quarter reach the right people (reviewers in scope when it is
// submitted, its planners when it is returned or approved), each user sees and marks only their own
// notices, choices per kind are kept and obeyed, and bad input is a problem+json 4xx.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Notification,
  NotificationList,
  NotificationPreferences,
  Problem,
  ReviewDetail,
} from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

let ctx: TestContext;
let planner: AppInstance; // demo planner, scope: the ITU-D Sector
let reviewer: AppInstance; // demo reviewer, scope: ITU-D
let kapPlanner: AppInstance; // scope: KAP-2 alone
let otherPlanner: AppInstance; // scope: R-SPA (ITU-R): told nothing about KAP-2
const PASSWORD = 'notices-for-everyone-2026';
const base = '/api/reviews/KAP-2/2026-Q3';

// A fresh database for every test: each one drives the quarter to the state it needs, so none depends on
// another having run first.
beforeEach(async () => {
  ctx = await buildTestApp();
  await createUser(ctx.db, { username: 'kap', role: 'planner', password: PASSWORD, priorities: ['KAP-2'] });
  await createUser(ctx.db, { username: 'spa', role: 'planner', password: PASSWORD, priorities: ['R-SPA'] });
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  kapPlanner = await ctx.signIn('kap', PASSWORD);
  otherPlanner = await ctx.signIn('spa', PASSWORD);
});
afterEach(async () => ctx.close());

async function inbox(app: AppInstance, query = ''): Promise<NotificationList> {
  const res = await app.inject({ url: `/api/notifications${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<NotificationList>();
}

async function post(app: AppInstance, url: string, payload?: object) {
  const res = await app.inject({ method: 'POST', url, ...(payload ? { payload } : {}) });
  return { status: res.statusCode, review: res.json<ReviewDetail>() };
}

const kinds = (list: NotificationList) => list.items.map((n) => n.kind);

async function submit() {
  expect((await post(planner, `${base}/submit`, {})).status).toBe(200);
}

/** The reviewer returns one KPI that has a value; its code. */
async function returnOne(): Promise<string> {
  const submitted = (await reviewer.inject({ url: base })).json<ReviewDetail>();
  const code = submitted.kpis.find((k) => k.pending && k.value !== null)?.code ?? '';
  const decision = await post(reviewer, `${base}/decision`, {
    kpis: [{ code, decision: 'return', comment: 'Check the source' }],
  });
  expect(decision.status).toBe(200);
  return code;
}

/** Submitted, one KPI returned, submitted again, approved: each planner of KAP-2 has two unread notices. */
async function roundTrip() {
  await submit();
  await returnOne();
  await submit();
  expect((await post(reviewer, `${base}/approve`, {})).status).toBe(200);
}

describe('notices of a quarter under review', () => {
  it('tells the reviewers in scope that a submitted quarter waits for them', async () => {
    expect((await post(planner, `${base}/submit`, {})).status).toBe(200);
    const list = await inbox(reviewer);
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'review_waiting',
      plan: 'SP-2024-2027',
      priority: { code: 'KAP-2' },
      period: '2026-Q3',
      read: false,
    });
    for (const app of [planner, kapPlanner, otherPlanner]) expect((await inbox(app)).total).toBe(0);
  });

  it('tells the planners of the priority which KPIs were returned, and nobody else', async () => {
    await submit();
    const code = await returnOne();
    for (const app of [planner, kapPlanner]) {
      const list = await inbox(app);
      expect(list.items[0]).toMatchObject({ kind: 'review_returned', returnedKpis: [code] });
    }
    expect((await inbox(otherPlanner)).total).toBe(0);
    expect(kinds(await inbox(reviewer))).toEqual(['review_waiting']);
  });

  it('a resubmission is a new event for the reviewers; an approval tells the planners', async () => {
    await submit();
    await returnOne();
    await submit();
    expect(kinds(await inbox(reviewer))).toEqual(['review_waiting', 'review_waiting']);
    expect((await post(reviewer, `${base}/approve`, {})).status).toBe(200);
    expect(kinds(await inbox(kapPlanner))).toEqual(['review_approved', 'review_returned']);
    expect((await inbox(planner, '?unread=true')).unread).toBe(2);
  });
});

describe('reading the inbox', () => {
  beforeEach(roundTrip);

  it('counts the unread for the header', async () => {
    const res = await kapPlanner.inject({ url: '/api/notifications/unread-count' });
    expect(res.json()).toEqual({ unread: 2 });
  });

  it('marks one notice read, audited, and the count goes down', async () => {
    const [notice] = (await inbox(kapPlanner)).items as [Notification];
    const res = await kapPlanner.inject({ method: 'POST', url: `/api/notifications/${notice.id}/read` });
    expect(res.statusCode).toBe(200);
    expect(res.json<Notification>()).toMatchObject({ id: notice.id, read: true });
    expect((await inbox(kapPlanner)).unread).toBe(1);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'notification')
      .where('entityId', '=', String(notice.id))
      .execute();
    expect(audit.map((a) => [a.actor, a.action])).toEqual([['kap', 'read']]);
  });

  it("never lets a user see or mark another user's notice", async () => {
    const [notice] = (await inbox(kapPlanner)).items as [Notification];
    const res = await planner.inject({ method: 'POST', url: `/api/notifications/${notice.id}/read` });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<Problem>().code).toBe('not_found');
    expect((await inbox(planner)).unread).toBe(2);
  });

  it('refuses a bad id and anonymous readers with problem+json', async () => {
    const bad = await kapPlanner.inject({ method: 'POST', url: '/api/notifications/abc/read' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const anonymous = await ctx.anonymous.inject({ url: '/api/notifications' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('marks all read', async () => {
    const res = await planner.inject({ method: 'POST', url: '/api/notifications/read-all' });
    expect(res.json()).toEqual({ marked: 2, unread: 0 });
    const again = await planner.inject({ method: 'POST', url: '/api/notifications/read-all' });
    expect(again.json()).toEqual({ marked: 0, unread: 0 });
  });
});

describe('choosing what to receive', () => {
  it('starts with everything on but the weekly digest; no mail server here', async () => {
    const res = await kapPlanner.inject({ url: '/api/notifications/preferences' });
    const preferences = res.json<NotificationPreferences>();
    expect(preferences.mailConfigured).toBe(false);
    expect(preferences.kinds).toContainEqual({ kind: 'review_approved', inbox: true, email: true });
    expect(preferences.kinds).toContainEqual({ kind: 'weekly_digest', inbox: false, email: false });
  });

  it('keeps a choice (audited) and obeys it: no approval notice in the inbox', async () => {
    await roundTrip();
    const res = await kapPlanner.inject({
      method: 'PUT',
      url: '/api/notifications/preferences',
      payload: { kinds: [{ kind: 'review_approved', inbox: false, email: false }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<NotificationPreferences>().kinds).toContainEqual({
      kind: 'review_approved',
      inbox: false,
      email: false,
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select(['actor', 'action'])
      .where('entity', '=', 'notification_preference')
      .execute();
    expect(audit).toEqual([{ actor: 'kap', action: 'update' }]);

    // The quarter goes round again (reopened, submitted, approved): the demo planner hears of the
    // approval, the KAP-2 planner who turned it off does not.
    const before = kinds(await inbox(kapPlanner));
    const reopen = await ctx.app.inject({
      method: 'POST',
      url: `${base}/reopen`,
      payload: { comment: 'A correction from the source' },
    });
    expect(reopen.statusCode).toBe(200);
    expect((await post(planner, `${base}/submit`, {})).status).toBe(200);
    expect((await post(reviewer, `${base}/approve`, {})).status).toBe(200);
    expect(kinds(await inbox(kapPlanner))).toEqual(before);
    expect(kinds(await inbox(planner))).toEqual(['review_approved', 'review_approved', 'review_returned']);
  });

  it('refuses a kind named twice (422), an unknown kind and extra fields (400)', async () => {
    const send = (payload: object) =>
      kapPlanner.inject({ method: 'PUT', url: '/api/notifications/preferences', payload });
    const twice = await send({
      kinds: [
        { kind: 'deadline_soon', inbox: true, email: false },
        { kind: 'deadline_soon', inbox: false, email: false },
      ],
    });
    expect(twice.statusCode).toBe(422);
    expect(twice.json<Problem>()).toMatchObject({ code: 'kind_named_twice' });
    expect(twice.json<Problem>().errors?.[0]?.field).toBe('body.kinds.1.kind');
    const unknown = await send({ kinds: [{ kind: 'spam', inbox: true, email: true }] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const extra = await send({ kinds: [], admin: true });
    expect(extra.statusCode).toBe(400);
  });
});
