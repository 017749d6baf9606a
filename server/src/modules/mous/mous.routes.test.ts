// The MoU register through the API, on the demo data: a focal point of the owner unit records and changes
// MoUs (drafts), a reviewer of the unit confirms them; other scopes are refused; every write is checked
// and audited; the Council reads each MoU as last confirmed; expiry warnings and counts by unit and region.
import type { Mou, MouHistory, MouList, Problem } from '@rbm/shared/schemas';
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

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
  const password = 'another-scope-pass';
  await createUser(ctx.db, { username: 'rter-planner', role: 'planner', password, priorities: ['R-TER'] });
  otherPlanner = await ctx.signIn('rter-planner', password);
});
afterAll(async () => ctx.close());

const body = (over: Record<string, unknown> = {}) => ({
  code: 'MOU-NEW',
  partner: 'Regional broadband alliance',
  type: 'cooperation_agreement',
  signedDate: '2026-05-04',
  expiryDate: '2030-05-03',
  financialAmount: 120000,
  currency: 'CHF',
  strategicImplications: 'Joint capacity building',
  status: 'active',
  sector: 'ITU-D',
  region: 'AFR',
  priorities: ['KAP-1'],
  themes: ['CN'],
  ...over,
});
const list = async (app: AppInstance, query = '') =>
  (await app.inject({ method: 'GET', url: `/api/mous?${query}` })).json<MouList>();
const get = (app: AppInstance, id: number) => app.inject({ method: 'GET', url: `/api/mous/${id}` });
const create = (app: AppInstance, over: Record<string, unknown> = {}) =>
  app.inject({ method: 'POST', url: '/api/mous', payload: body(over) });
const confirm = (app: AppInstance, id: number) =>
  app.inject({ method: 'POST', url: `/api/mous/${id}/confirm` });
const count = async () => (await ctx.db.selectFrom('mou').select('id').execute()).length;
const auditRows = () =>
  ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', 'mou').orderBy('id').execute();

describe('the demo MoUs', () => {
  it('holds 30 labelled MoUs; the Council sees the confirmed ones with warnings and counts', async () => {
    const rows = await ctx.db.selectFrom('mou').select(['partner']).execute();
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.partner.startsWith('Demo partner'))).toBe(true);
    const all = await list(council);
    expect(all.items).toHaveLength(28);
    expect(all.items.every((m) => m.state === 'confirmed')).toBe(true);
    expect(all.counts.byUnit.reduce((n, c) => n + c.count, 0)).toBe(28);
    expect(all.counts.byRegion.map((r) => r.code)).toEqual([
      'AFR',
      'AMS',
      'ARB',
      'ASP',
      'CIS',
      'EUR',
      'global',
    ]);
    const warned = all.items.filter((m) => m.expiry !== null);
    expect(all.counts.expiring).toBe(warned.filter((m) => m.expiry === 'expiring').length);
    expect(all.counts.expiring).toBeGreaterThanOrEqual(3);
    expect(all.counts.expired).toBeGreaterThanOrEqual(1);
    const expiring = await list(council, 'expiring=true');
    expect(expiring.items.map((m) => m.code)).toEqual(warned.map((m) => m.code));
    for (const m of expiring.items) {
      expect(m.status).toBe('active');
      expect(m.expiryDate! <= '2027-02-21', m.code).toBe(true);
    }
    expect((await list(council, 'region=AFR')).items.every((m) => m.region === 'AFR')).toBe(true);
  });
});

describe('recording, changing and confirming a MoU', () => {
  it('keeps a new MoU from the Council until a reviewer confirms it; audited', async () => {
    const res = await create(planner);
    expect(res.statusCode, res.body).toBe(201);
    const mou = res.json<Mou>();
    expect(mou).toMatchObject({
      state: 'draft',
      sector: { code: 'ITU-D' },
      region: 'AFR',
      themes: ['CN'],
      canEdit: true,
    });
    expect((await get(council, mou.id)).statusCode).toBe(404);
    expect((await list(council)).items.map((m) => m.code)).not.toContain('MOU-NEW');
    expect((await confirm(planner, mou.id)).statusCode).toBe(403);
    const confirmed = await confirm(reviewer, mou.id);
    expect(confirmed.json<Mou>()).toMatchObject({ state: 'confirmed', confirmedBy: 'Rene Reviewer, BDT' });
    expect((await get(council, mou.id)).json<Mou>()).toMatchObject({ code: 'MOU-NEW', state: 'confirmed' });
    expect((await confirm(reviewer, mou.id)).json<Problem>()).toMatchObject({
      status: 409,
      code: 'nothing_to_confirm',
    });
    expect((await auditRows()).map((a) => a.action).slice(-2)).toEqual(['create', 'confirm']);
  });

  it('shows the Council the confirmed version while a change awaits its reviewer', async () => {
    const { id, version } = (await list(planner, 'sector=ITU-D')).items.find(
      (m) => m.code === 'MOU-NEW',
    ) as Mou;
    const put = await planner.inject({
      method: 'PUT',
      url: `/api/mous/${id}`,
      payload: { ...body({ status: 'terminated' }), version },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<Mou>()).toMatchObject({ status: 'terminated', state: 'draft' });
    expect((await get(council, id)).json<Mou>()).toMatchObject({ status: 'active', state: 'confirmed' });
    const audit = (await auditRows()).at(-1);
    expect(JSON.parse(audit?.beforeJson ?? '{}')).toMatchObject({ status: 'active' });
    expect(JSON.parse(audit?.afterJson ?? '{}')).toMatchObject({ status: 'terminated' });
    const stale = await planner.inject({
      method: 'PUT',
      url: `/api/mous/${id}`,
      payload: { ...body(), version },
    });
    expect(stale.json<Problem>()).toMatchObject({ status: 409, code: 'version_conflict' });
    await confirm(reviewer, id);
    expect((await get(council, id)).json<Mou>()).toMatchObject({ status: 'terminated', state: 'confirmed' });
  });

  it('tells its history: the unit reads every change, the Council only who confirmed and when', async () => {
    const { id } = (await list(planner, 'sector=ITU-D')).items.find((m) => m.code === 'MOU-NEW') as Mou;
    const history = async (app: AppInstance) =>
      (await app.inject({ method: 'GET', url: `/api/mous/${id}/history` })).json<MouHistory>().items;
    const mine = await history(planner);
    expect(mine.map((h) => h.action)).toEqual(['create', 'confirm', 'update', 'confirm']);
    expect(mine[0]?.changes).toContainEqual({
      field: 'partner',
      before: null,
      after: 'Regional broadband alliance',
    });
    expect(mine[2]?.changes).toEqual([{ field: 'status', before: 'active', after: 'terminated' }]);
    expect(mine[3]).toMatchObject({ actor: 'reviewer', changes: [] });
    const theirs = await history(council);
    expect(theirs.map((h) => [h.action, h.changes])).toEqual([
      ['confirm', []],
      ['confirm', []],
    ]);
    expect((await council.inject({ method: 'GET', url: '/api/mous/999999/history' })).statusCode).toBe(404);
  });
  it('names every bad field and writes nothing; refuses other scopes', async () => {
    const before = await count();
    const res = await create(planner, {
      code: 'MOU-BAD',
      sector: 'NOPE',
      region: 'MARS',
      themes: ['ZZZ'],
      signedDate: '2026-02-30',
      expiryDate: '2025-01-01',
      currency: null,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<Problem>();
    expect(problem.code).toBe('mou_invalid');
    expect(problem.errors?.map((e) => e.code)).toEqual([
      'unknown_sector',
      'unknown_region',
      'unknown_link',
      'invalid_date',
      'expiry_before_signature',
      'amount_without_currency',
    ]);
    expect((await create(planner, { currency: 'chf', code: 'MOU-X' })).statusCode).toBe(400);
    expect((await create(planner)).json<Problem>()).toMatchObject({ status: 409, code: 'mou_code_taken' });
    expect((await create(otherPlanner, { code: 'MOU-Y' })).json<Problem>()).toMatchObject({
      status: 403,
      code: 'out_of_scope',
    });
    expect((await create(council, { code: 'MOU-Z' })).statusCode).toBe(403);
    expect(await count()).toBe(before);
    expect((await get(council, 999999)).statusCode).toBe(404);
  });
});
