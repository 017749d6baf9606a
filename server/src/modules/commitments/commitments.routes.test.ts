// Commitments and actions through the API, on the demo data: a focal point (a planner of the owner unit)
// records commitments and reports progress per quarter as drafts, which a reviewer of the unit confirms;
// other scopes are refused; every write is checked and audited; the Council sees confirmed progress only.
import type { CommitmentDetail, CommitmentList, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
let otherPlanner: AppInstance; // R-TER only
let otherReviewer: AppInstance; // R-TER only

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
  const password = 'another-scope-pass';
  await createUser(ctx.db, { username: 'rter-planner', role: 'planner', password, priorities: ['R-TER'] });
  await createUser(ctx.db, { username: 'rter-reviewer', role: 'reviewer', password, priorities: ['R-TER'] });
  otherPlanner = await ctx.signIn('rter-planner', password);
  otherReviewer = await ctx.signIn('rter-reviewer', password);
});
afterAll(async () => ctx.close());

const body = (over: Record<string, unknown> = {}) => ({
  code: 'RET26-1',
  source: 'retreat',
  sourceName: 'Management retreat 2026',
  sourceYear: 2026,
  title: { en: 'Share one calendar of regional events', fr: 'Partager un calendrier des événements' },
  sector: 'ITU-D',
  reach: 'external',
  horizon: 'short_term',
  pillar: 'strategic_partnership',
  dueDate: '2027-03-31',
  priorities: ['KAP-1'],
  kpis: ['D1-K1'],
  risks: ['RSK-D-01'],
  ...over,
});
const progress = (over: Record<string, unknown> = {}) => ({
  period: '2026-Q4',
  status: 'in_progress',
  note: 'Calendar drafted with the regional offices',
  ...over,
});

const auditRows = (entity: string) =>
  ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', entity).orderBy('id').execute();
const count = async () =>
  Number(
    (
      await ctx.db
        .selectFrom('commitment')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const create = (app: AppInstance, over: Record<string, unknown> = {}, first = progress()) =>
  app.inject({ method: 'POST', url: '/api/commitments', payload: { ...body(over), progress: first } });
const get = async (app: AppInstance, id: number) =>
  (await app.inject({ method: 'GET', url: `/api/commitments/${id}` })).json<CommitmentDetail>();
const report = (app: AppInstance, id: number, over: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: `/api/commitments/${id}/progress`, payload: progress(over) });
const confirm = (app: AppInstance, id: number) =>
  app.inject({ method: 'POST', url: `/api/commitments/${id}/confirm` });
const list = async (app: AppInstance, query = '') =>
  (await app.inject({ method: 'GET', url: `/api/commitments?${query}` })).json<CommitmentList>();
const idOf = async (code: string) =>
  (await ctx.db.selectFrom('commitment').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

describe('the demo data', () => {
  it('holds 15 labelled commitments: the 2024 retreat, roadmap projects and foresight in three pillars', async () => {
    const all = await list(council);
    expect(all.items).toHaveLength(15);
    expect(all.items.every((c) => c.title.en.startsWith('Demo'))).toBe(true);
    const retreat = all.items.filter((c) => c.source === 'retreat');
    expect(retreat.map((c) => c.sourceName)).toEqual(Array(4).fill('Management retreat 2024'));
    expect(retreat.every((c) => Object.keys(c.title).length === 6)).toBe(true);
    expect(all.items.some((c) => c.source === 'roadmap')).toBe(true);
    const foresight = all.items.filter((c) => c.source === 'foresight');
    expect(new Set(foresight.map((c) => c.pillar))).toEqual(
      new Set(['thought_leadership', 'strategic_partnership', 'organisational_excellence']),
    );
  });
});

describe('recording and changing a commitment', () => {
  it('lets a focal point of the unit record one: a draft first note, links, title languages, audited', async () => {
    const res = await create(planner);
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json<CommitmentDetail>();
    expect(c).toMatchObject({
      code: 'RET26-1',
      title: { en: 'Share one calendar of regional events', fr: 'Partager un calendrier des événements' },
      sector: { code: 'ITU-D' },
      priorities: ['KAP-1'],
      kpis: ['D1-K1'],
      risks: ['RSK-D-01'],
      progress: { period: '2026-Q4', status: 'in_progress', state: 'draft', proposedBy: 'Pat Planner, BDT' },
      version: 1,
      canEdit: true,
      canConfirm: false,
    });
    const audit = (await auditRows('commitment')).at(-1);
    expect(audit).toMatchObject({ action: 'create', entityId: String(c.id), actor: 'planner' });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({ code: 'RET26-1', risks: ['RSK-D-01'] });
    // the Council sees the commitment, without the unconfirmed status
    const seen = await get(council, c.id);
    expect(seen).toMatchObject({ code: 'RET26-1', progress: null, history: [], canEdit: false });
    expect((await create(planner)).json<Problem>()).toMatchObject({
      status: 409,
      code: 'commitment_code_taken',
    });
  });

  it('names every bad code, day and quarter, and writes nothing', async () => {
    const before = await count();
    const res = await create(planner, {
      code: 'RET26-BAD',
      sector: 'NOPE',
      priorities: ['KAP-9'],
      risks: ['RSK-NONE'],
      dueDate: '2027-02-30',
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<Problem>();
    expect(problem.code).toBe('commitment_invalid');
    expect(problem.errors?.map((e) => e.field)).toEqual([
      'body.sector',
      'body.priorities.0',
      'body.risks.0',
      'body.dueDate',
    ]);
    const future = await create(planner, { code: 'RET26-F' }, progress({ period: '2027-Q1' }));
    expect(future.json<Problem>()).toMatchObject({ status: 422, code: 'progress_period_invalid' });
    const badStatus = await create(planner, { code: 'RET26-S' }, progress({ status: 'finished' }));
    expect(badStatus.statusCode).toBe(400);
    const noEnglish = await create(planner, { code: 'RET26-T', title: { fr: 'Sans anglais' } });
    expect(noEnglish.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('refuses focal points and reviewers of another unit, and the Council', async () => {
    const before = await count();
    expect((await create(otherPlanner, { code: 'RET26-X' })).json<Problem>()).toMatchObject({
      status: 403,
      code: 'out_of_scope',
    });
    expect((await create(council, { code: 'RET26-Y' })).statusCode).toBe(403);
    const id = await idOf('TR-4'); // ITU-D
    expect((await report(otherPlanner, id)).statusCode).toBe(403);
    expect((await confirm(otherReviewer, id)).statusCode).toBe(403);
    expect((await report(reviewer, id)).statusCode).toBe(403);
    expect(await count()).toBe(before);
  });

  it('updates against the version (409 when stale) and audits before and after', async () => {
    const id = await idOf('TR-4');
    const { version } = await get(planner, id);
    const put = (v: number, over: Record<string, unknown>) =>
      planner.inject({
        method: 'PUT',
        url: `/api/commitments/${id}`,
        payload: { ...body(over), version: v },
      });
    const res = await put(version, { code: 'TR-4', dueDate: '2027-06-30' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CommitmentDetail>()).toMatchObject({ dueDate: '2027-06-30', version: version + 1 });
    const stale = await put(version, { code: 'TR-4' });
    expect(stale.json<Problem>()).toMatchObject({ status: 409, code: 'version_conflict' });
    const audit = (await auditRows('commitment')).at(-1);
    expect(audit).toMatchObject({ action: 'update', entityId: String(id) });
    expect(JSON.parse(audit?.beforeJson ?? '{}')).toMatchObject({ dueDate: '2026-12-31' });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({ dueDate: '2027-06-30' });
    expect((await planner.inject({ method: 'GET', url: '/api/commitments/999999' })).statusCode).toBe(404);
    expect((await report(planner, 999999)).statusCode).toBe(404);
  });
});

describe('progress notes reach the Council only once confirmed', () => {
  it('closes a commitment: the Council sees it closed only after the reviewer confirms', async () => {
    const id = await idOf('RET24-3'); // ITU-D, in progress, nothing awaiting confirmation
    const closedCount = async () => (await list(council)).counts.find((c) => c.status === 'closed')?.count;
    const start = await closedCount();
    const res = await report(planner, id, { status: 'closed', note: 'Agreed at the management meeting' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CommitmentDetail>().progress).toMatchObject({ status: 'closed', state: 'draft' });
    expect((await get(council, id)).progress).toMatchObject({ status: 'in_progress', state: 'confirmed' });
    expect(await closedCount()).toBe(start);
    expect((await list(council, 'status=closed')).items.map((c) => c.code)).not.toContain('RET24-3');

    const confirmed = await confirm(reviewer, id);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const seen = await get(council, id);
    expect(seen.progress).toMatchObject({
      period: '2026-Q4',
      status: 'closed',
      note: 'Agreed at the management meeting',
      state: 'confirmed',
      confirmedBy: 'Rene Reviewer, BDT',
    });
    expect(seen.history.map((p) => p.period)).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q4',
    ]);
    expect(seen.overdue).toBe(false);
    expect(await closedCount()).toBe((start ?? 0) + 1);
    const audits = await auditRows('commitment_progress');
    expect(audits.at(-2)).toMatchObject({ action: 'propose', actor: 'planner' });
    expect(JSON.parse(audits.at(-2)?.beforeJson ?? '{}')).toMatchObject({ status: 'in_progress' });
    expect(audits.at(-1)).toMatchObject({ action: 'confirm', actor: 'reviewer' });
    expect((await confirm(reviewer, id)).json<Problem>()).toMatchObject({
      status: 409,
      code: 'nothing_to_confirm',
    });
    // a quarter before the latest confirmed note is refused
    const earlier = await report(planner, id, { period: '2026-Q3' });
    expect(earlier.json<Problem>()).toMatchObject({ status: 422, code: 'progress_period_invalid' });
  });

  it('replaces the pending draft rather than piling drafts up', async () => {
    const id = await idOf('RET24-4'); // ITU-D, a draft awaiting its reviewer
    const drafts = async () => (await get(planner, id)).history.filter((p) => p.state === 'draft');
    expect(await drafts()).toHaveLength(1);
    expect((await report(planner, id, { status: 'completed' })).statusCode).toBe(200);
    expect((await drafts()).map((p) => p.status)).toEqual(['completed']);
  });

  it('lists with filters and counts, never showing the Council a draft', async () => {
    const all = await list(council);
    expect(all.items.every((c) => c.progress === null || c.progress.state === 'confirmed')).toBe(true);
    expect(all.counts.reduce((n, c) => n + c.count, 0)).toBe(all.items.filter((c) => c.progress).length);
    const mine = await list(planner, 'sector=ITU-D');
    expect(mine.items.every((c) => c.sector.code === 'ITU-D')).toBe(true);
    expect(mine.items.some((c) => c.progress?.state === 'draft')).toBe(true);
    const foresight = await list(council, 'source=foresight&pillar=thought_leadership');
    expect(foresight.items.map((c) => c.code).sort()).toEqual(['FS-TL-1', 'FS-TL-2']);
    const external = await list(council, 'reach=external&horizon=medium_term');
    expect(external.items.every((c) => c.reach === 'external' && c.horizon === 'medium_term')).toBe(true);
    const overdue = await list(council, 'overdue=true');
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((c) => (c.dueDate ?? '') < all.today)).toBe(true);
    expect((await council.inject({ method: 'GET', url: '/api/commitments?sector=NOPE' })).statusCode).toBe(
      404,
    );
    expect((await council.inject({ method: 'GET', url: '/api/commitments?status=maybe' })).statusCode).toBe(
      400,
    );
  });
});
