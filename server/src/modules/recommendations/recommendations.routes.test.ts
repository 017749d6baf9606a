// The compliance dashboard through the API, on the demo data: a focal point (a planner of the responsible
// unit) records and updates recommendations, whose states are drafts until a reviewer of the unit confirms
// them; other scopes are refused; every write is checked and audited; the Council and the rates see
// confirmed states only.
import type { Problem, RecommendationDetail, RecommendationList } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { signInUnitUsers } from '../../../test/unit-users.ts';
import {
  recommendationBody as body,
  recommendationStatus as status,
  recommendationSteps,
} from './recommendations.test-support.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
let otherPlanner: AppInstance; // R-TER only
let otherReviewer: AppInstance; // R-TER only
let steps: ReturnType<typeof recommendationSteps>;

beforeAll(async () => {
  ctx = await buildTestApp();
  ({ planner, reviewer, council, otherPlanner, otherReviewer } = await signInUnitUsers(ctx));
  steps = recommendationSteps(ctx, planner, council);
});
afterAll(async () => ctx.close());

const auditRows = (entity: string) => steps.auditRows(entity);
const count = () => steps.count();
const create = (app: AppInstance, over: Record<string, unknown> = {}) => steps.create(app, over);
const get = (app: AppInstance, id: number) => steps.get(app, id);
const rates = () => steps.rates();
const update = (app: AppInstance, id: number, over: Record<string, unknown>) => steps.update(app, id, over);
const confirm = (app: AppInstance, id: number) => steps.confirm(app, id);

describe('the demo data', () => {
  it('holds about 60 recommendations of the four bodies over 2019-2026, labelled demo data', async () => {
    const rows = await ctx.db.selectFrom('recommendation').select(['body', 'reportDate', 'text']).execute();
    expect(rows.length).toBe(60);
    expect(new Set(rows.map((r) => r.body))).toEqual(
      new Set(['external_auditor', 'imac', 'jiu', 'internal_audit']),
    );
    expect(new Set(rows.map((r) => r.reportDate.slice(0, 4))).size).toBe(8);
    expect(rows.every((r) => r.text.startsWith('Demo data'))).toBe(true);
  });
});

describe('recording and changing a recommendation', () => {
  it('lets a focal point of the unit record one: a draft state, links, audited', async () => {
    const res = await create(planner);
    expect(res.statusCode, res.body).toBe(201);
    const rec = res.json<RecommendationDetail>();
    expect(rec).toMatchObject({
      body: 'jiu',
      sector: { code: 'ITU-D' },
      priorities: ['KAP-1'],
      kpis: ['D1-K1'],
      risks: ['RSK-D-01'],
      status: {
        acceptance: 'accepted',
        implementation: 'not_started',
        state: 'draft',
        proposedBy: 'Pat Planner, BDT',
      },
      version: 1,
      canEdit: true,
      canConfirm: false,
    });
    const audit = (await auditRows('recommendation')).at(-1);
    expect(audit).toMatchObject({ action: 'create', entityId: String(rec.id), actor: 'planner' });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({
      reportRef: 'JIU/REP/2026/9',
      risks: ['RSK-D-01'],
    });
    // never confirmed: the Council does not see it at all
    const seen = await council.inject({ method: 'GET', url: `/api/recommendations/${rec.id}` });
    expect(seen.statusCode).toBe(404);
  });

  it('refuses a planner of another unit (403) and a reviewer of another unit, writing nothing', async () => {
    const before = await count();
    const res = await create(otherPlanner, { number: '2' });
    expect(res.statusCode).toBe(403);
    expect(res.json<Problem>().code).toBe('out_of_scope');
    expect(await count()).toBe(before);
    const [row] = await ctx.db
      .selectFrom('recommendation')
      .select('id')
      .where('reportRef', '=', 'JIU/REP/2026/9')
      .execute();
    const id = row?.id ?? 0;
    expect((await update(otherPlanner, id, { text: 'Changed' })).statusCode).toBe(403);
    expect((await confirm(otherReviewer, id)).statusCode).toBe(403);
    expect((await confirm(planner, id)).statusCode).toBe(403);
  });

  it('answers bad input with a 4xx naming the field, and writes nothing', async () => {
    const before = await count();
    const cases = [
      [{ body: 'the_press' }, 400],
      [{ reportDate: '2026-02-30' }, 422],
      [{ kpis: ['NOPE-K9'] }, 422],
      [{ risks: ['RSK-NONE'] }, 422],
      [{ sector: 'ITU-X' }, 422],
      [{ status: status({ implementation: 'done' }) }, 400],
      [{ status: status({ evidence: ['not a link'] }) }, 400],
      [{}, 409], // the same body, report and number again
    ] as const;
    for (const [over, code] of cases) {
      const res = await create(planner, over);
      expect(res.statusCode, JSON.stringify(over)).toBe(code);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const bad = (await create(planner, { kpis: ['NOPE-K9'], reportDate: '2026-02-30' })).json<Problem>();
    expect(bad.errors?.map((e) => e.field)).toEqual(['body.kpis.0', 'body.reportDate']);
    expect(await count()).toBe(before);
  });

  it('answers 404 for a recommendation that does not exist, on every route', async () => {
    const url = '/api/recommendations/999999';
    expect((await planner.inject({ method: 'GET', url })).statusCode).toBe(404);
    const put = await planner.inject({ method: 'PUT', url, payload: { ...body(), version: 1 } });
    expect(put.statusCode).toBe(404);
    expect((await reviewer.inject({ method: 'POST', url: `${url}/confirm` })).statusCode).toBe(404);
    expect((await planner.inject({ method: 'GET', url: '/api/recommendations/abc' })).statusCode).toBe(400);
  });

  it('updates against the version (409 when stale) and audits before and after', async () => {
    const id = (await create(planner, { number: '3' })).json<RecommendationDetail>().id;
    const res = await update(planner, id, { number: '3', text: 'Revised text' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<RecommendationDetail>()).toMatchObject({ text: 'Revised text', version: 2 });
    const stale = await planner.inject({
      method: 'PUT',
      url: `/api/recommendations/${id}`,
      payload: { ...body({ number: '3' }), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version_conflict');
    const audit = (await auditRows('recommendation')).at(-1);
    expect(audit).toMatchObject({ action: 'update', entityId: String(id) });
    expect(JSON.parse(audit?.beforeJson ?? '{}')).toMatchObject({ text: body().text });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({ text: 'Revised text' });
  });
});

describe('confirmed states only reach the Council and the rates', () => {
  it('moves the implementation rate as a recommendation goes accepted -> in progress -> implemented -> closed', async () => {
    const id = (
      await create(planner, { number: '10', body: 'external_auditor', reportRef: 'EA/2026/9' })
    ).json<RecommendationDetail>().id;
    const eaRate = async () => (await rates()).byBody.find((b) => b.body === 'external_auditor')?.rates;
    const start = await eaRate();
    expect((await confirm(reviewer, id)).statusCode).toBe(200);
    const accepted = await eaRate();
    expect(accepted?.total).toBe((start?.total ?? 0) + 1);
    const steps: [string, boolean][] = [
      ['in_progress', false],
      ['implemented', true],
      ['closed', false],
    ];
    let previous = accepted;
    for (const [implementation, rises] of steps) {
      const over = {
        number: '10',
        body: 'external_auditor',
        reportRef: 'EA/2026/9',
        status: status({ implementation }),
      };
      expect((await update(planner, id, over)).statusCode).toBe(200);
      // proposed only: neither the rates nor the Council see it
      expect(await eaRate()).toEqual(previous);
      expect((await get(council, id)).status?.implementation).not.toBe(implementation);
      expect((await get(planner, id)).status).toMatchObject({ implementation, state: 'draft' });
      expect((await confirm(reviewer, id)).statusCode).toBe(200);
      const now = await eaRate();
      expect(now?.implemented, implementation).toBe((previous?.implemented ?? 0) + (rises ? 1 : 0));
      if (rises) expect(now?.implementationRate ?? 0).toBeGreaterThan(previous?.implementationRate ?? 0);
      else expect(now?.implementationRate).toBe(previous?.implementationRate);
      expect((await get(council, id)).status).toMatchObject({ implementation, state: 'confirmed' });
      previous = now;
    }
    const detail = await get(council, id);
    expect(detail.history.map((s) => s.implementation)).toEqual([
      'not_started',
      'in_progress',
      'implemented',
      'closed',
    ]);
    expect(
      detail.history.every((s) => s.state === 'confirmed' && s.confirmedBy === 'Rene Reviewer, BDT'),
    ).toBe(true);
    const confirms = (await auditRows('recommendation_state')).filter((a) => a.entityId.startsWith(`${id}/`));
    expect(confirms).toHaveLength(4);
    expect(confirms.every((a) => a.action === 'confirm' && a.actor === 'reviewer')).toBe(true);
    expect((await confirm(reviewer, id)).json<Problem>().code).toBe('nothing_to_confirm');
  });

  it('lists with filters and never shows the Council a draft', async () => {
    const list = async (app: AppInstance, query: string) =>
      (await app.inject({ method: 'GET', url: `/api/recommendations?${query}` })).json<RecommendationList>();
    const all = await list(council, '');
    expect(all.items.length).toBeGreaterThan(40);
    expect(all.items.every((r) => r.status?.state === 'confirmed')).toBe(true);
    const mine = await list(planner, 'sector=ITU-D');
    expect(mine.items.some((r) => r.status?.state === 'draft')).toBe(true);
    expect(mine.items.every((r) => r.sector.code === 'ITU-D')).toBe(true);
    const jiu2021 = await list(council, 'body=jiu&year=2021');
    expect(jiu2021.items.length).toBeGreaterThan(0);
    expect(jiu2021.items.every((r) => r.body === 'jiu' && r.reportDate.startsWith('2021'))).toBe(true);
    const overdue = await list(council, 'overdue=true');
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((r) => r.status?.overdue && (r.status.targetDate ?? '') < '2026-11-23')).toBe(
      true,
    );
    const closed = await list(council, 'implementation=closed&acceptance=accepted');
    expect(
      closed.items.every((r) => r.status?.implementation === 'closed' && r.status.acceptance === 'accepted'),
    ).toBe(true);
    expect(
      (await council.inject({ method: 'GET', url: '/api/recommendations?sector=NOPE' })).statusCode,
    ).toBe(404);
    expect(
      (await council.inject({ method: 'GET', url: '/api/recommendations?overdue=maybe' })).statusCode,
    ).toBe(400);
  });

  it('computes rates by body and year, ageing and the overdue list per unit', async () => {
    const r = await rates();
    expect(r.confirmedOnly).toBe(true);
    expect(r.byBody.map((b) => b.body)).toEqual(['external_auditor', 'imac', 'jiu', 'internal_audit']);
    expect(r.byYear.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(r.overall.total).toBe(r.byBody.reduce((n, b) => n + b.rates.total, 0));
    expect(r.overall.openOverTwoYears).toBeGreaterThan(0);
    const listed = r.overdueByUnit.reduce((n, u) => n + u.items.length, 0);
    expect(listed).toBe(r.overall.overdue);
    expect(r.overdueByUnit.every((u) => u.items.every((i) => (i.targetDate ?? '') < r.today))).toBe(true);
  });
});
