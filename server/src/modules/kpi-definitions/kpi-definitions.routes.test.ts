import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AuditLog,
  CreateKpiBody,
  KpiDefinition,
  Problem,
  TargetRevisionResult,
} from '@rbm/shared/schemas';
import { TEST_NOW, buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
let codeCounter = 0;

/** A valid body with a code of its own, so tests never collide. */
function kpiBody(overrides: Partial<CreateKpiBody> = {}): CreateKpiBody {
  codeCounter += 1;
  return {
    plan: PLAN,
    code: `T-${codeCounter}`,
    name: 'Share of Member States with a national broadband plan',
    definition: 'Member States whose national broadband plan is in force at quarter end, in percent.',
    unit: 'percent',
    direction: 'increase',
    aggregation: 'last',
    frequency: 'quarterly',
    outcomes: ['KAP-1.2', 'KAP-2.1'],
    targets: ['UMC-1'],
    themes: ['ACC'],
    baseline: { value: 40, period: '2023' },
    annualTargets: [
      { year: 2024, value: 45 },
      { year: 2025, value: 50 },
      { year: 2026, value: 55 },
    ],
    dataSource: 'BDT survey',
    ownerUnit: 'BDT/DNS',
    ...overrides,
  };
}

async function create(body: CreateKpiBody | Record<string, unknown>) {
  return ctx.app.inject({ method: 'POST', url: '/api/kpis', payload: body });
}

async function createOk(overrides: Partial<CreateKpiBody> = {}): Promise<KpiDefinition> {
  const res = await create(kpiBody(overrides));
  expect(res.statusCode).toBe(201);
  return res.json<KpiDefinition>();
}

async function auditOf(entity: string, id: string | number): Promise<AuditLog> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/audit?entity=${entity}&id=${id}` });
  expect(res.statusCode).toBe(200);
  return res.json<AuditLog>();
}

async function closedPlanKpiId(): Promise<number> {
  const row = await ctx.db
    .selectFrom('kpi')
    .innerJoin('plan', 'plan.id', 'kpi.planId')
    .select('kpi.id')
    .where('plan.status', '=', 'closed')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('POST /api/kpis', () => {
  it('creates the KPI with its links and targets, answers 201 with its location, and audits it', async () => {
    const body = kpiBody();
    const res = await create(body);
    expect(res.statusCode).toBe(201);
    const kpi = res.json<KpiDefinition>();
    expect(res.headers.location).toBe(`/api/kpis/${kpi.id}`);
    expect(kpi).toMatchObject({
      code: body.code,
      plan: PLAN,
      name: body.name,
      unit: 'percent',
      baseline: { value: 40, period: '2023' },
      tolerance: 0.05,
      weight: 1,
      byRegion: false,
      active: true,
      ownerPriority: 'KAP-1',
      outcomes: ['KAP-1.2', 'KAP-2.1'],
      targets: ['UMC-1'],
      themes: ['ACC'],
      annualTargets: body.annualTargets,
      createdAt: TEST_NOW.toISOString(),
      sourceStatus: 'unverified',
    });

    const log = await auditOf('kpi', kpi.id);
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({
      actor: 'test-admin',
      action: 'create',
      entity: 'kpi',
      entityId: String(kpi.id),
      before: null,
      after: { id: kpi.id, code: body.code, annualTargets: body.annualTargets },
      at: TEST_NOW.toISOString(),
    });

    const revisions = await ctx.db
      .selectFrom('kpiTargetRevision')
      .selectAll()
      .where('kpiId', '=', kpi.id)
      .orderBy('year')
      .execute();
    expect(revisions.map((r) => [r.year, r.oldValue, r.newValue, r.reason, r.revisedBy])).toEqual([
      [2024, null, 45, 'initial target', expect.any(Number)],
      [2025, null, 50, 'initial target', expect.any(Number)],
      [2026, null, 55, 'initial target', expect.any(Number)],
    ]);
  });

  it('takes the owning priority from the first outcome and gives maintain KPIs the default tolerance', async () => {
    const kpi = await createOk({
      outcomes: ['KAP-2.1', 'KAP-1.2'],
      direction: 'maintain',
      baseline: null,
      targets: undefined,
      themes: undefined,
      annualTargets: undefined,
    });
    expect(kpi).toMatchObject({
      ownerPriority: 'KAP-2',
      tolerance: 0.05,
      baseline: null,
      targets: [],
      themes: [],
      annualTargets: [],
    });
  });

  it('refuses a code already used in the plan with 409 kpi_code_taken, and writes nothing', async () => {
    const before = await ctx.db
      .selectFrom('kpi')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .execute();
    const res = await create(kpiBody({ code: 'D1-K1' }));
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<Problem>().code).toBe('kpi_code_taken');
    const after = await ctx.db
      .selectFrom('kpi')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .execute();
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n));
  });

  it('answers 422 naming the field of an unknown outcome, target or theme', async () => {
    const res = await create(kpiBody({ outcomes: ['KAP-1.1', 'NOPE-9'], targets: ['UMC-1', 'XX'] }));
    expect(res.statusCode).toBe(422);
    const problem = res.json<Problem>();
    expect(problem.code).toBe('unknown_outcome');
    expect(problem.errors).toEqual([
      expect.objectContaining({ field: 'body.outcomes.1', code: 'unknown_outcome' }),
      expect.objectContaining({ field: 'body.targets.1', code: 'unknown_target' }),
    ]);
    const theme = await create(kpiBody({ themes: ['ACC', 'ACC'] }));
    expect(theme.statusCode).toBe(422);
    expect(theme.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.themes.1',
      code: 'duplicate_theme',
    });
    // an outcome of the closed plan is not an outcome of this one
    const other = await create(kpiBody({ outcomes: ['D.3-1'] }));
    expect(other.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.outcomes.0',
      code: 'unknown_outcome',
    });
  });

  it('links the KPI to the outputs named (products and services); an unknown or retired output is 422', async () => {
    const output = async (code: string) => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/framework-items/output',
        payload: { plan: PLAN, code, name: `Service ${code}`, parent: 'KAP-1' },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: number; version: string }>();
    };
    await output('KAP-1.S1');
    const retired = await output('KAP-1.S2');
    const retire = await ctx.app.inject({
      method: 'POST',
      url: `/api/framework-items/output/${retired.id}/retire`,
      payload: { version: retired.version },
    });
    expect(retire.statusCode, retire.body).toBe(200);

    const kpi = await createOk({ outcomes: ['KAP-1.2'], outputs: ['KAP-1.S1'] });
    expect(kpi.outputs).toEqual(['KAP-1.S1']);
    const rows = await ctx.db
      .selectFrom('kpiOutput')
      .select('outputId')
      .where('kpiId', '=', kpi.id)
      .execute();
    expect(rows).toHaveLength(1);
    // the editor's list reads it back
    const list = await ctx.app.inject({ method: 'GET', url: `/api/kpi-definitions?plan=${PLAN}` });
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ items: KpiDefinition[] }>().items.find((k) => k.id === kpi.id);
    expect(listed?.outputs).toEqual(['KAP-1.S1']);

    const before = await ctx.db
      .selectFrom('kpi')
      .select((eb) => eb.fn.countAll().as('n'))
      .execute();
    const bad = await create(kpiBody({ outputs: ['KAP-1.S1', 'NOPE', 'KAP-1.S2', 'KAP-1.S1'] }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'body.outputs.1', code: 'unknown_output' }),
      expect.objectContaining({ field: 'body.outputs.2', code: 'unknown_output' }),
      expect.objectContaining({ field: 'body.outputs.3', code: 'duplicate_output' }),
    ]);
    const after = await ctx.db
      .selectFrom('kpi')
      .select((eb) => eb.fn.countAll().as('n'))
      .execute();
    expect(Number(after[0]?.n)).toBe(Number(before[0]?.n));
  });

  it('answers 422 for a percent target above 100, a year outside the plan or twice, a bad baseline', async () => {
    const percent = await create(kpiBody({ annualTargets: [{ year: 2024, value: 120 }] }));
    expect(percent.statusCode).toBe(422);
    expect(percent.json<Problem>()).toMatchObject({
      code: 'percent_out_of_range',
      errors: [
        expect.objectContaining({ field: 'body.annualTargets.0.value', code: 'percent_out_of_range' }),
      ],
    });

    const years = await create(
      kpiBody({
        annualTargets: [
          { year: 2028, value: 10 },
          { year: 2025, value: 10 },
          { year: 2025, value: 11 },
        ],
      }),
    );
    expect(years.statusCode).toBe(422);
    expect(years.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
      ['body.annualTargets.0.year', 'year_outside_plan'],
      ['body.annualTargets.2.year', 'year_duplicate'],
    ]);

    const baseline = await create(
      kpiBody({ unit: 'count', baseline: { value: 2.5, period: '2030-Q1' }, annualTargets: [] }),
    );
    expect(baseline.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
      ['body.baseline.value', 'count_not_integer'],
      ['body.baseline.period', 'baseline_after_plan'],
    ]);
  });

  it('answers 422 unknown_plan for an unknown plan and 409 plan_closed for a closed one', async () => {
    const unknown = await create(kpiBody({ plan: 'SP-1999-2002' }));
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.plan', code: 'unknown_plan' });
    const closed = await create(kpiBody({ plan: 'SP-2020-2023', outcomes: ['D.3-1'] }));
    expect(closed.statusCode).toBe(409);
    expect(closed.json<Problem>().code).toBe('plan_closed');
  });

  it('answers 400 for a body that breaks the schema', async () => {
    const { outcomes: _outcomes, ...missing } = kpiBody();
    const res = await create(missing);
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors?.[0]?.field).toBe('body.outcomes');
    expect((await create({ ...kpiBody(), colour: 'red' })).statusCode).toBe(400);
    expect((await create(kpiBody({ outcomes: [] }))).statusCode).toBe(400);
    expect((await create(kpiBody({ name: '   ' }))).json<Problem>().code).toBe('blank');
  });
});

describe('input the database could not take', () => {
  it('answers 400 for a NUL character and for an id beyond the integer range, never 500', async () => {
    const nul = await create(kpiBody({ name: 'a\u0000b' }));
    expect(nul.statusCode).toBe(400);
    expect(nul.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.name', code: 'invalid_character' });
    const outcome = await create(kpiBody({ outcomes: ['KAP-1.1', 'x\u0000'] }));
    expect(outcome.json<Problem>().errors?.[0]?.field).toBe('body.outcomes.1');
    const revise = await ctx.app.inject({
      method: 'POST',
      url: '/api/kpis/99999999999/targets',
      payload: { year: 2025, value: 1, reason: 'abc' },
    });
    expect(revise.statusCode).toBe(400);
    expect(revise.json<Problem>().errors?.[0]?.field).toBe('params.id');
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/kpis/99999999999',
      payload: { name: 'X' },
    });
    expect(patch.statusCode).toBe(400);
  });

  it('answers 422 not_finite for a number too large for JSON to hold', async () => {
    const kpi = await createOk();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/kpis/${kpi.id}/targets`,
      headers: { 'content-type': 'application/json' },
      payload: '{"year":2025,"value":1e400,"reason":"overflow"}',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.value', code: 'not_finite' });
  });
});

describe('PATCH /api/kpis/:id', () => {
  it('changes the given fields, stamps updatedAt and audits only what changed', async () => {
    const kpi = await createOk();
    const res = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${kpi.id}`,
      payload: {
        name: 'Renamed KPI',
        weight: 2,
        ownerUnit: kpi.ownerUnit,
        baseline: { value: 38, period: '2023' },
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<KpiDefinition>()).toMatchObject({
      id: kpi.id,
      name: 'Renamed KPI',
      weight: 2,
      ownerUnit: kpi.ownerUnit,
      baseline: { value: 38, period: '2023' },
      annualTargets: kpi.annualTargets,
      updatedAt: TEST_NOW.toISOString(),
    });
    const [update] = (await auditOf('kpi', kpi.id)).items;
    expect(update).toMatchObject({ action: 'update', actor: 'test-admin' });
    expect(update?.before).toEqual({ name: kpi.name, weight: 1, baseline: { value: 40, period: '2023' } });
    expect(update?.after).toEqual({
      name: 'Renamed KPI',
      weight: 2,
      baseline: { value: 38, period: '2023' },
    });
  });

  it('clears nullable fields and deactivates; a body that changes nothing writes nothing', async () => {
    const kpi = await createOk();
    const res = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${kpi.id}`,
      payload: { baseline: null, definition: null, dataSource: '  ', active: false },
    });
    expect(res.json<KpiDefinition>()).toMatchObject({
      baseline: null,
      definition: null,
      dataSource: null,
      active: false,
    });
    const entries = (await auditOf('kpi', kpi.id)).total;
    const same = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${kpi.id}`,
      payload: { active: false, name: kpi.name },
    });
    expect(same.statusCode).toBe(200);
    expect((await auditOf('kpi', kpi.id)).total).toBe(entries);
  });

  it('answers 404 for an unknown KPI, 400 for an empty body or a unit change, 422 for a bad baseline', async () => {
    const missing = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/kpis/999999',
      payload: { name: 'X' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json<Problem>().code).toBe('not_found');

    const kpi = await createOk();
    const empty = await ctx.app.inject({ method: 'PATCH', url: `/api/kpis/${kpi.id}`, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<Problem>().code).toBe('validation_failed');

    const unit = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${kpi.id}`,
      payload: { unit: 'count' },
    });
    expect(unit.statusCode).toBe(400);
    expect(unit.json<Problem>().code).toBe('validation_failed');
    const direction = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${kpi.id}`,
      payload: { name: 'Y', direction: 'decrease' },
    });
    expect(direction.statusCode).toBe(400);

    const baseline = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${kpi.id}`,
      payload: { baseline: { value: 150, period: '2023' } },
    });
    expect(baseline.statusCode).toBe(422);
    expect(baseline.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.baseline.value',
      code: 'percent_out_of_range',
    });
    expect(
      (await ctx.app.inject({ method: 'PATCH', url: '/api/kpis/abc', payload: { name: 'X' } })).statusCode,
    ).toBe(400);
    const closed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/kpis/${await closedPlanKpiId()}`,
      payload: { name: 'X' },
    });
    expect(closed.statusCode).toBe(409);
  });
});

describe('POST /api/kpis/:id/targets', () => {
  const revise = (id: number, payload: Record<string, unknown>) =>
    ctx.app.inject({ method: 'POST', url: `/api/kpis/${id}/targets`, payload });

  it('writes a revision, changes the annual target and audits it with the reason', async () => {
    const kpi = await createOk();
    const res = await revise(kpi.id, { year: 2026, value: 58, reason: 'Mid-term review raised the target' });
    expect(res.statusCode).toBe(201);
    expect(res.json<TargetRevisionResult>()).toEqual({
      year: 2026,
      oldValue: 55,
      newValue: 58,
      reason: 'Mid-term review raised the target',
      revisedBy: 'test-admin',
      revisedAt: TEST_NOW.toISOString(),
      annualTargets: [
        { year: 2024, value: 45 },
        { year: 2025, value: 50 },
        { year: 2026, value: 58 },
      ],
    });
    const revisions = await ctx.db
      .selectFrom('kpiTargetRevision')
      .selectAll()
      .where('kpiId', '=', kpi.id)
      .where('year', '=', 2026)
      .orderBy('id')
      .execute();
    expect(revisions.map((r) => [r.oldValue, r.newValue, r.reason])).toEqual([
      [null, 55, 'initial target'],
      [55, 58, 'Mid-term review raised the target'],
    ]);
    const log = await auditOf('kpi_annual_target', `${kpi.id}:2026`);
    expect(log.items[0]).toMatchObject({
      action: 'revise_target',
      actor: 'test-admin',
      before: { kpi: kpi.code, year: 2026, value: 55 },
      after: { kpi: kpi.code, year: 2026, value: 58 },
      reason: 'Mid-term review raised the target',
    });
  });

  it('sets the target of a year that had none (old value null)', async () => {
    const kpi = await createOk();
    const res = await revise(kpi.id, { year: 2027, value: 60, reason: 'End target agreed' });
    expect(res.statusCode).toBe(201);
    const body = res.json<TargetRevisionResult>();
    expect(body.oldValue).toBeNull();
    expect(body.annualTargets.at(-1)).toEqual({ year: 2027, value: 60 });
  });

  it('answers 400 without a reason, 422 for a year outside the plan or a bad value, 409 for no change', async () => {
    const kpi = await createOk();
    const noReason = await revise(kpi.id, { year: 2026, value: 58 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Problem>().errors?.[0]?.field).toBe('body.reason');

    const outside = await revise(kpi.id, { year: 2030, value: 58, reason: 'Connect 2030' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json<Problem>()).toMatchObject({
      code: 'year_outside_plan',
      errors: [expect.objectContaining({ field: 'body.year', code: 'year_outside_plan' })],
    });

    const percent = await revise(kpi.id, { year: 2026, value: 101, reason: 'Too ambitious' });
    expect(percent.statusCode).toBe(422);
    expect(percent.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.value',
      code: 'percent_out_of_range',
    });

    const same = await revise(kpi.id, { year: 2026, value: 55, reason: 'No change really' });
    expect(same.statusCode).toBe(409);
    expect(same.json<Problem>().code).toBe('target_unchanged');

    const blank = await revise(kpi.id, { year: 2026, value: 57, reason: '     ' });
    expect(blank.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.reason', code: 'blank' });

    const revisions = await ctx.db
      .selectFrom('kpiTargetRevision')
      .select('id')
      .where('kpiId', '=', kpi.id)
      .execute();
    expect(revisions).toHaveLength(3); // the initial targets only
    expect((await auditOf('kpi_annual_target', `${kpi.id}:2026`)).total).toBe(0);
  });

  it('answers 404 for an unknown KPI and 409 for a KPI of a closed plan', async () => {
    const missing = await revise(999999, { year: 2026, value: 1, reason: 'Nothing there' });
    expect(missing.statusCode).toBe(404);
    const closed = await revise(await closedPlanKpiId(), { year: 2022, value: 1, reason: 'History' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json<Problem>().code).toBe('plan_closed');
  });
});
