// Authoring the framework item by item, as an administrator does it: create, edit with a version, move,
// reorder, retire and restore goals, targets, priorities, outcomes and outputs, with the checks a person
// relies on (codes, links and years within the plan, no orphan KPI, a reason for a target change), every
// change audited with before and after and the data revision raised. Runs on SQLite and on PostgreSQL.
import type {
  AuditLog,
  FrameworkItem,
  FrameworkItemHistory,
  FrameworkItemKind,
  FrameworkItemList,
  KpiLinks,
  Problem,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import { TEST_NOW, buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027'; // active
const CLOSED_PLAN = 'SP-2020-2023';

async function create(kind: FrameworkItemKind, body: Record<string, unknown>) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/framework-items/${kind}`,
    payload: { plan: PLAN, ...body },
  });
}

async function createOk(kind: FrameworkItemKind, body: Record<string, unknown>): Promise<FrameworkItem> {
  const res = await create(kind, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<FrameworkItem>();
}

async function read(item: { kind: FrameworkItemKind; id: number }): Promise<FrameworkItem> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/framework-items/${item.kind}/${item.id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FrameworkItem>();
}

async function patch(item: FrameworkItem, body: Record<string, unknown>) {
  return ctx.app.inject({
    method: 'PATCH',
    url: `/api/framework-items/${item.kind}/${item.id}`,
    payload: { version: item.version, ...body },
  });
}

async function act(item: FrameworkItem, action: 'retire' | 'restore' | 'reorder', body = {}) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/framework-items/${item.kind}/${item.id}/${action}`,
    payload: { version: item.version, ...body },
  });
}

async function auditOf(entity: string, id: number): Promise<AuditLog['items']> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/audit?entity=${entity}&id=${id}` });
  expect(res.statusCode).toBe(200);
  return res.json<AuditLog>().items;
}

async function dataRevision(): Promise<number> {
  const row = await ctx.db.selectFrom('dataRevision').select('revision').executeTakeFirstOrThrow();
  return row.revision;
}

/** A priority of the active plan with an outcome and an output, under codes of the test's own. */
async function priorityWithChildren(prefix: string) {
  const priority = await createOk('priority', {
    code: prefix,
    name: `Priority ${prefix}`,
    leadUnit: 'ITU-T',
  });
  const outcome = await createOk('outcome', { code: `${prefix}.1`, name: 'An outcome', parent: prefix });
  const output = await createOk('output', { code: `${prefix}.P1`, name: 'A service', parent: prefix });
  return { priority, outcome, output };
}

describe('creating items', () => {
  it('adds a priority with an outcome and an output; other languages are unofficial translations; audited', async () => {
    const before = await dataRevision();
    const priority = await createOk('priority', {
      code: 'NEW-1',
      name: '  Trustworthy digital services ',
      description: 'Standards for trust',
      leadUnit: 'ITU-T',
      translations: { fr: { name: 'Services numériques de confiance' }, ar: { name: 'خدمات رقمية موثوقة' } },
    });
    expect(priority).toMatchObject({
      kind: 'priority',
      plan: PLAN,
      code: 'NEW-1',
      name: 'Trustworthy digital services',
      leadUnit: 'ITU-T',
      parent: null,
      retiredAt: null,
      sourceStatus: 'unverified',
      translations: { fr: { name: 'Services numériques de confiance' }, ar: { name: 'خدمات رقمية موثوقة' } },
    });
    const stored = await ctx.db
      .selectFrom('translation')
      .select(['language', 'status'])
      .where('entity', '=', 'thematic_priority')
      .where('entityId', '=', priority.id)
      .orderBy('language')
      .execute();
    expect(stored).toEqual([
      { language: 'ar', status: 'unofficial' },
      { language: 'fr', status: 'unofficial' },
    ]);

    const outcome = await createOk('outcome', { code: 'NEW-1.1', name: 'Trusted services', parent: 'NEW-1' });
    const output = await createOk('output', { code: 'NEW-1.P1', name: 'Trust guidelines', parent: 'NEW-1' });
    expect([outcome.parent, output.parent]).toEqual(['NEW-1', 'NEW-1']);

    const list = (
      await ctx.app.inject({ method: 'GET', url: `/api/framework-items?plan=${PLAN}` })
    ).json<FrameworkItemList>();
    expect(list.planStatus).toBe('active');
    expect(list.items.filter((i) => i.code.startsWith('NEW-1')).map((i) => `${i.kind}:${i.code}`)).toEqual([
      'priority:NEW-1',
      'outcome:NEW-1.1',
      'output:NEW-1.P1',
    ]);
    const [audit] = await auditOf('thematic_priority', priority.id);
    expect(audit).toMatchObject({
      action: 'create',
      before: null,
      after: { code: 'NEW-1', leadUnit: 'ITU-T' },
    });
    expect(await dataRevision()).toBe(before + 3);
  });

  it('adds a goal and a target with its value, unit, direction, deadline, baseline and statistic', async () => {
    await createOk('goal', { code: 'G-NEW', name: 'A goal of our own' });
    const target = await createOk('target', {
      code: 'T-NEW',
      name: 'Households with Internet access',
      parent: 'G-NEW',
      value: 80,
      unit: '%',
      direction: 'increase',
      deadlineYear: 2030,
      baseline: { value: 55.5, year: 2023 },
      statistic: 'internet_use_pct',
    });
    expect(target).toMatchObject({
      parent: 'G-NEW',
      value: 80,
      unit: '%',
      direction: 'increase',
      deadlineYear: 2030,
      baseline: { value: 55.5, year: 2023 },
      statistic: 'internet_use_pct',
    });
  });

  it('refuses bad items with a message per field, and writes nothing', async () => {
    const cases: Array<[FrameworkItemKind, Record<string, unknown>, string, string]> = [
      // a goal of the 2020-2023 plan: the link must stay within the plan
      [
        'target',
        { parent: '1', unit: '%', direction: 'increase', deadlineYear: 2027 },
        'body.parent',
        'unknown_link',
      ],
      [
        'target',
        { parent: 'G1', unit: '%', direction: 'increase', deadlineYear: 2019 },
        'body.deadlineYear',
        'year_outside_plan',
      ],
      [
        'target',
        {
          parent: 'G1',
          unit: '%',
          direction: 'increase',
          deadlineYear: 2027,
          baseline: { value: 1, year: 2029 },
        },
        'body.baseline.year',
        'baseline_after_plan',
      ],
      [
        'target',
        { parent: 'G1', unit: '%', direction: 'increase', deadlineYear: 2027, statistic: 'no_such' },
        'body.statistic',
        'unknown_statistic',
      ],
      ['priority', { leadUnit: 'NOPE' }, 'body.leadUnit', 'unknown_unit'],
      ['outcome', {}, 'body.parent', 'invalid_required'],
      ['outcome', { parent: 'KAP-1', deadlineYear: 2027 }, 'body.deadlineYear', 'field_not_applicable'],
      ['output', { parent: 'KAP-1', name: '   ' }, 'body.name', 'blank'],
    ];
    for (const [kind, body, field, code] of cases) {
      const res = await create(kind, { code: 'BAD-1', name: 'Bad', ...body });
      expect(res.statusCode, `${kind} ${field}`).toBe(422);
      const problem = res.json<Problem>();
      expect(problem.code).toBe('framework_item_invalid');
      expect(problem.errors, `${kind} ${field}`).toContainEqual(expect.objectContaining({ field, code }));
    }
    const list = (
      await ctx.app.inject({ method: 'GET', url: `/api/framework-items?plan=${PLAN}` })
    ).json<FrameworkItemList>();
    expect(list.items.some((i) => i.code === 'BAD-1')).toBe(false);
  });

  it('refuses a code the plan already uses for the kind (409), outcomes across priorities too', async () => {
    const taken: Array<[FrameworkItemKind, Record<string, unknown>]> = [
      ['goal', { code: 'G1' }],
      ['target', { code: 'UMC-1', parent: 'G1', unit: '%', direction: 'increase', deadlineYear: 2030 }],
      ['priority', { code: 'KAP-1', leadUnit: 'ITU-D' }],
      // KAP-1.1 is an outcome of KAP-1: not again under KAP-2
      ['outcome', { code: 'KAP-1.1', parent: 'KAP-2' }],
    ];
    for (const [kind, body] of taken) {
      const res = await create(kind, { name: 'Again', ...body });
      expect(res.statusCode, kind).toBe(409);
      expect(res.json<Problem>().code).toBe('framework_code_taken');
    }
    await createOk('output', { code: 'DUP-P', name: 'Once', parent: 'KAP-1' });
    expect((await create('output', { code: 'DUP-P', name: 'Twice', parent: 'KAP-2' })).statusCode).toBe(409);
  });

  it('refuses a closed plan (409) and a plan that does not exist (422)', async () => {
    const closed = await create('goal', { plan: CLOSED_PLAN, code: 'G-X', name: 'Too late' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json<Problem>().code).toBe('plan_closed');
    const unknown = await create('goal', { plan: 'SP-1900-1903', code: 'G-X', name: 'Nowhere' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<Problem>().errors).toContainEqual(expect.objectContaining({ field: 'body.plan' }));
  });
});

describe('editing items', () => {
  it('changes texts and fields with the version read, audits only what changed, refuses a stale version', async () => {
    const goal = await createOk('goal', { code: 'G-ED', name: 'Before' });
    const res = await patch(goal, { name: 'After', translations: { ar: { name: 'بعد' } } });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json<FrameworkItem>();
    expect(edited).toMatchObject({ name: 'After', translations: { ar: { name: 'بعد' } } });
    expect(edited.version).not.toBe(goal.version);

    const stale = await patch(goal, { name: 'Overwritten' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version_conflict');
    expect((await read(goal)).name).toBe('After');

    const audits = await auditOf('goal', goal.id);
    expect(audits[0]).toMatchObject({
      action: 'update',
      before: { name: 'Before', translations: { ar: { name: null } } },
      after: { name: 'After', translations: { ar: { name: 'بعد' } } },
    });
    expect(Object.keys(audits[0]?.after as object).sort()).toEqual(['name', 'translations']);

    // a body that changes nothing writes nothing
    const again = await patch(edited, { name: 'After' });
    expect(again.statusCode).toBe(200);
    expect(await auditOf('goal', goal.id)).toHaveLength(audits.length);
  });

  it("needs a reason to change a target's value or deadline in an active plan, and keeps the revision", async () => {
    const target = await read({
      kind: 'target',
      id: (
        await ctx.db.selectFrom('target').select('id').where('code', '=', 'UMC-4').executeTakeFirstOrThrow()
      ).id,
    });
    expect(target.kpis).toContain('D2-K3');
    const kpiRevision = async () =>
      (
        await ctx.db
          .selectFrom('kpi')
          .select('revision')
          .where('code', '=', 'D2-K3')
          .executeTakeFirstOrThrow()
      ).revision;
    const without = await patch(target, { value: 77 });
    expect(without.statusCode).toBe(422);
    expect(without.json<Problem>().errors).toContainEqual(
      expect.objectContaining({ field: 'body.reason', code: 'reason_required' }),
    );
    const revisionBefore = await dataRevision();
    const res = await patch(target, { value: 77, deadlineYear: 2029, reason: 'Council decision 2026' });
    expect(res.statusCode, res.body).toBe(200);
    const changed = res.json<FrameworkItem>();
    expect(changed).toMatchObject({ value: 77, deadlineYear: 2029 });
    expect(changed.revisions).toEqual([
      expect.objectContaining({
        oldValue: target.value,
        newValue: 77,
        oldDeadlineYear: target.deadlineYear,
        newDeadlineYear: 2029,
        reason: 'Council decision 2026',
        revisedBy: 'test-admin',
      }),
    ]);
    expect((await read(target)).revisions).toHaveLength(1);
    const [audit] = await auditOf('target', target.id);
    expect(audit).toMatchObject({
      action: 'update',
      reason: 'Council decision 2026',
      before: { value: target.value, deadlineYear: target.deadlineYear },
      after: { value: 77, deadlineYear: 2029 },
    });
    // figures standing on the target refresh: the data revision rose and its KPIs are marked changed
    expect(await dataRevision()).toBe(revisionBefore + 1);
    expect(await kpiRevision()).toBe(revisionBefore + 1);
    // a name change alone needs no reason
    expect((await patch(changed, { name: 'Renamed target' })).statusCode).toBe(200);
  });

  it('moves an outcome to another priority; the KPI it carries follows to its new owner', async () => {
    const { outcome } = await priorityWithChildren('MV-A');
    await priorityWithChildren('MV-B');
    const kpi = await ctx.app.inject({
      method: 'POST',
      url: '/api/kpis',
      payload: {
        plan: PLAN,
        code: 'MV-K1',
        name: 'A KPI on the moved outcome',
        unit: 'count',
        direction: 'increase',
        aggregation: 'sum',
        frequency: 'quarterly',
        outcomes: ['MV-A.1'],
      },
    });
    expect(kpi.statusCode, kpi.body).toBe(201);
    const res = await patch(outcome, { parent: 'MV-B' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<FrameworkItem>()).toMatchObject({ parent: 'MV-B', kpis: ['MV-K1'] });
    const owner = await ctx.db
      .selectFrom('kpi')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
      .select('thematicPriority.code')
      .where('kpi.code', '=', 'MV-K1')
      .executeTakeFirstOrThrow();
    expect(owner.code).toBe('MV-B');
    const [audit] = await auditOf('outcome', outcome.id);
    expect(audit).toMatchObject({ action: 'move', before: { parent: 'MV-A' }, after: { parent: 'MV-B' } });
  });

  it('reorders siblings one place at a time and refuses to move the first one up', async () => {
    await priorityWithChildren('RO');
    const second = await createOk('outcome', { code: 'RO.2', name: 'Second', parent: 'RO' });
    const res = await act(second, 'reorder', { direction: 'up' });
    expect(res.statusCode, res.body).toBe(200);
    const list = (
      await ctx.app.inject({ method: 'GET', url: `/api/framework-items?plan=${PLAN}` })
    ).json<FrameworkItemList>();
    expect(list.items.filter((i) => i.kind === 'outcome' && i.parent === 'RO').map((i) => i.code)).toEqual([
      'RO.2',
      'RO.1',
    ]);
    const moved = await read(second);
    const first = await act(moved, 'reorder', { direction: 'up' });
    expect(first.statusCode).toBe(409);
    expect(first.json<Problem>().code).toBe('cannot_move');
    expect((await auditOf('outcome', second.id))[0]).toMatchObject({
      action: 'reorder',
      before: { sortOrder: 2 },
      after: { sortOrder: 1 },
    });
  });
});

describe('retiring and restoring', () => {
  it('refuses to retire an outcome that would leave a KPI of the active plan without one, naming the KPIs', async () => {
    const { priority, outcome, output } = await priorityWithChildren('RT');
    const spare = await createOk('outcome', { code: 'RT.2', name: 'Spare', parent: 'RT' });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/kpis',
      payload: {
        plan: PLAN,
        code: 'ORPH-K1',
        name: 'Only on RT.1',
        unit: 'count',
        direction: 'increase',
        aggregation: 'sum',
        frequency: 'quarterly',
        outcomes: ['RT.1'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const kpiId = created.json<{ id: number }>().id;

    const refused = await act(outcome, 'retire');
    expect(refused.statusCode).toBe(409);
    expect(refused.json<Problem>()).toMatchObject({
      code: 'orphan_kpis',
      detail: expect.stringContaining('ORPH-K1'),
    });
    expect((await read(outcome)).retiredAt).toBeNull();

    // a priority with outcomes and outputs still in the plan is not retired either
    const parent = await act(priority, 'retire');
    expect(parent.statusCode).toBe(409);
    expect(parent.json<Problem>()).toMatchObject({ code: 'has_active_children' });

    // move the KPI's link to the spare outcome; a stale move is refused
    const move = (from: string, to: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/kpis/${kpiId}/links/move`,
        payload: { level: 'outcome', from, to },
      });
    const outside = await move('RT.1', 'KAP-9.9');
    expect(outside.statusCode).toBe(422);
    expect((await move('RT.1', 'RT.2')).json<KpiLinks>()).toEqual({
      kpi: 'ORPH-K1',
      outcomes: ['RT.2'],
      outputs: [],
    });
    expect((await move('RT.1', 'RT.2')).json<Problem>().code).toBe('link_changed');
    expect((await auditOf('kpi_links', kpiId))[0]).toMatchObject({
      action: 'move_link',
      before: { outcomes: ['RT.1'] },
      after: { outcomes: ['RT.2'] },
    });

    const retired = await act(await read(outcome), 'retire');
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json<FrameworkItem>().retiredAt).toBe(TEST_NOW.toISOString());
    expect((await auditOf('outcome', outcome.id))[0]).toMatchObject({
      action: 'retire',
      before: { retiredAt: null },
      after: { retiredAt: expect.any(String) },
    });
    // retired, never deleted: the row and its code stay, and the code stays taken
    expect((await create('outcome', { code: 'RT.1', name: 'Again', parent: 'RT' })).statusCode).toBe(409);

    // a retired priority's items cannot be restored under it
    await act(await read(output), 'retire');
    const kpiMoved = await move('RT.2', 'KAP-1.1');
    expect(kpiMoved.statusCode).toBe(200);
    await act(await read(spare), 'retire');
    const priorityRetired = await act(await read(priority), 'retire');
    expect(priorityRetired.statusCode, priorityRetired.body).toBe(200);
    const orphan = await act(await read(outcome), 'restore');
    expect(orphan.statusCode).toBe(409);
    expect(orphan.json<Problem>().code).toBe('parent_retired');
    expect((await act(await read(priority), 'restore')).statusCode).toBe(200);
    const restored = await act(await read(outcome), 'restore');
    expect(restored.statusCode).toBe(200);
    expect(restored.json<FrameworkItem>().retiredAt).toBeNull();
  });
});

describe('history and access', () => {
  it("answers an item's history from the audit log, oldest first, with each field before and after", async () => {
    const goal = await createOk('goal', { code: 'G-HIST', name: 'First name' });
    const renamed = (await patch(goal, { name: 'Second name' })).json<FrameworkItem>();
    await act(renamed, 'retire');
    const res = await ctx.app.inject({ method: 'GET', url: `/api/framework-items/goal/${goal.id}/history` });
    expect(res.statusCode).toBe(200);
    const { items } = res.json<FrameworkItemHistory>();
    expect(items.map((i) => i.action)).toEqual(['create', 'update', 'retire']);
    expect(items[0]?.changes).toContainEqual({ field: 'name', before: null, after: 'First name' });
    expect(items[1]?.changes).toEqual([{ field: 'name', before: 'First name', after: 'Second name' }]);
    expect(items[2]?.actor).toBe('test-admin');
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/framework-items/goal/999999/history' });
    expect(missing.statusCode).toBe(404);
  });

  it('is for administrators: a planner is refused every read and write (403)', async () => {
    const planner = await ctx.signIn('planner', DEMO_PASSWORD);
    const goal = await createOk('goal', { code: 'G-403', name: 'Admins only' });
    const calls = [
      { method: 'GET' as const, url: `/api/framework-items?plan=${PLAN}` },
      { method: 'GET' as const, url: `/api/framework-items/goal/${goal.id}` },
      { method: 'GET' as const, url: `/api/framework-items/goal/${goal.id}/history` },
      {
        method: 'POST' as const,
        url: '/api/framework-items/goal',
        payload: { plan: PLAN, code: 'G-P', name: 'x' },
      },
      {
        method: 'PATCH' as const,
        url: `/api/framework-items/goal/${goal.id}`,
        payload: { version: goal.version, name: 'x' },
      },
      {
        method: 'POST' as const,
        url: `/api/framework-items/goal/${goal.id}/retire`,
        payload: { version: goal.version },
      },
    ];
    for (const call of calls) {
      expect((await planner.inject(call)).statusCode, `${call.method} ${call.url}`).toBe(403);
    }
    expect((await read(goal)).name).toBe('Admins only');
  });
});
