import type { KpiValue, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../../test/factories.ts';
import { insertValue } from './values.repository.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

async function kpiId(code: string): Promise<number> {
  const row = await ctx.db.selectFrom('kpi').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

async function storedValue(id: number, period: string) {
  return ctx.db
    .selectFrom('kpiValue')
    .selectAll()
    .where('kpiId', '=', id)
    .where('period', '=', period)
    .where('regionId', 'is', null)
    .executeTakeFirst();
}

const put = (id: number, period: string, payload: object) =>
  ctx.app.inject({ method: 'PUT', url: `/api/kpis/${id}/values/${period}`, payload });

async function auditRows(entityId: number) {
  return ctx.db
    .selectFrom('auditLog')
    .selectAll()
    .where('entity', '=', 'kpi_value')
    .where('entityId', '=', String(entityId))
    .orderBy('id')
    .execute();
}

/** A KPI owned by KAP-2, whose 2026-Q3 quarter is open (draft values). */
const OPEN_KPI = 'D2-K3';
const OPEN_QUARTER = '2026-Q3';

describe('PUT /api/kpis/:id/values/:period', () => {
  it('changes a draft value when the loaded version is sent, and audits before and after', async () => {
    const id = await kpiId(OPEN_KPI);
    const before = await storedValue(id, OPEN_QUARTER);
    expect(before?.state).toBe('draft');
    const res = await put(id, OPEN_QUARTER, {
      value: 12,
      note: 'Checked with the regional offices',
      version: before?.version,
    });
    expect(res.statusCode).toBe(200);
    const value = res.json<KpiValue>();
    expect(value).toMatchObject({
      kpiCode: OPEN_KPI,
      period: OPEN_QUARTER,
      value: 12,
      state: 'draft',
      region: null,
    });
    expect(value.version).toBe((before?.version ?? 0) + 1);
    expect(value.assessment?.period).toBe(OPEN_QUARTER);
    expect(value.assessment?.actual).not.toBeNull();
    const audit = await auditRows(value.id);
    const last = audit.at(-1);
    expect(last).toMatchObject({ action: 'update', actor: 'test-admin', entity: 'kpi_value' });
    expect(JSON.parse(last?.beforeJson ?? '{}')).toMatchObject({
      value: before?.value,
      version: before?.version,
    });
    expect(JSON.parse(last?.afterJson ?? '{}')).toMatchObject({
      value: 12,
      note: 'Checked with the regional offices',
    });
  });

  it('makes a returned value a draft again when it is saved, its return comment cleared', async () => {
    const id = await kpiId(OPEN_KPI);
    const before = await storedValue(id, OPEN_QUARTER);
    // a reviewer returned it (a change of state raises the version)
    await ctx.db
      .updateTable('kpiValue')
      .set({
        state: 'returned',
        returnComment: 'Which survey is this from?',
        version: (before?.version ?? 0) + 1,
      })
      .where('id', '=', before?.id as number)
      .execute();
    const res = await put(id, OPEN_QUARTER, { value: 13, version: (before?.version ?? 0) + 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json<KpiValue>()).toMatchObject({ value: 13, state: 'draft', returnComment: null });
    expect(await storedValue(id, OPEN_QUARTER)).toMatchObject({
      value: 13,
      state: 'draft',
      returnComment: null,
      version: (before?.version ?? 0) + 2,
    });
  });

  it('refuses a stale or missing version with 409, leaving the value as it was', async () => {
    const id = await kpiId(OPEN_KPI);
    const loaded = await storedValue(id, OPEN_QUARTER);
    // someone else saves in between: the version this test loaded is now stale, whatever ran before
    const between = await put(id, OPEN_QUARTER, {
      value: (loaded?.value ?? 0) + 1,
      version: loaded?.version,
    });
    expect(between.statusCode).toBe(200);
    const current = await storedValue(id, OPEN_QUARTER);
    const stale = await put(id, OPEN_QUARTER, { value: 99, version: loaded?.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version_conflict');
    const missing = await put(id, OPEN_QUARTER, { value: 99 });
    expect(missing.statusCode).toBe(409);
    expect(missing.json<Problem>().code).toBe('version_required');
    expect((await storedValue(id, OPEN_QUARTER))?.value).toBe(current?.value);
  });

  it('a first write of a cell that got a value meanwhile inserts nothing, rather than fail on the unique index', async () => {
    // Two first writes race on PostgreSQL (both found no value): the second meets the unique index.
    const id = await kpiId(OPEN_KPI);
    const current = await storedValue(id, OPEN_QUARTER);
    expect(current).toBeDefined();
    const { id: _id, ...copy } = current as NonNullable<typeof current>;
    expect(await insertValue(ctx.db, { ...copy, value: 1, version: 1 })).toBeNull();
    expect(await storedValue(id, OPEN_QUARTER)).toEqual(current);
  });

  it('writes nothing and traces nothing when the same value is saved again', async () => {
    const id = await kpiId(OPEN_KPI);
    const current = await storedValue(id, OPEN_QUARTER);
    const auditBefore = await auditRows(current?.id ?? 0);
    const res = await put(id, OPEN_QUARTER, { value: current?.value, version: current?.version });
    expect(res.statusCode).toBe(200);
    expect(res.json<KpiValue>().version).toBe(current?.version);
    expect(await auditRows(current?.id ?? 0)).toHaveLength(auditBefore.length);
  });

  it('creates a missing value (201), and a "no data" declaration needs a reason', async () => {
    const id = await kpiId('D2-K4');
    await ctx.db.deleteFrom('kpiValue').where('kpiId', '=', id).where('period', '=', OPEN_QUARTER).execute();
    const noReason = await put(id, OPEN_QUARTER, { value: null });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.noDataReason',
      code: 'no_data_reason_required',
    });
    const created = await put(id, OPEN_QUARTER, { value: null, noDataReason: 'Survey postponed to Q4' });
    expect(created.statusCode).toBe(201);
    expect(created.json<KpiValue>()).toMatchObject({
      value: null,
      noDataReason: 'Survey postponed to Q4',
      version: 1,
    });
    expect((await auditRows(created.json<KpiValue>().id))[0]?.action).toBe('create');
  });

  it('locks approved quarters (423) and submitted ones until they are returned (423)', async () => {
    const approved = await put(await kpiId(OPEN_KPI), '2025-Q4', { value: 1, version: 1 });
    expect(approved.statusCode).toBe(423);
    expect(['value_locked', 'quarter_approved']).toContain(approved.json<Problem>().code);
    const submittedKpi = await kpiId('D1-K1'); // KAP-1: 2026-Q3 is submitted in the demo
    const current = await storedValue(submittedKpi, OPEN_QUARTER);
    const submitted = await put(submittedKpi, OPEN_QUARTER, { value: 1, version: current?.version });
    expect(submitted.statusCode).toBe(423);
    expect(submitted.json<Problem>().code).toBe('quarter_submitted');
  });

  it('checks the value against the KPI: percent range, whole counts, region allowed and known', async () => {
    const percentKpi = await ctx.db
      .selectFrom('kpi')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
      .select(['kpi.id', 'kpi.byRegion'])
      .where('kpi.unit', '=', 'percent')
      .where('kpi.frequency', '=', 'quarterly')
      .where('thematicPriority.code', 'in', ['KAP-2', 'KAP-4', 'R-TER', 'T-STD', 'GS-ENB'])
      .executeTakeFirstOrThrow();
    const tooHigh = await put(percentKpi.id, OPEN_QUARTER, { value: 120, version: 1 });
    expect(tooHigh.statusCode).toBe(422);
    expect(tooHigh.json<Problem>()).toMatchObject({ code: 'percent_out_of_range' });
    expect(tooHigh.json<Problem>().errors?.[0]?.field).toBe('body.value');

    const countKpi = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('unit', '=', 'count')
      .where('frequency', '=', 'quarterly')
      .where('byRegion', '=', 0)
      .executeTakeFirstOrThrow();
    expect((await put(countKpi.id, OPEN_QUARTER, { value: 2.5 })).json<Problem>().code).toBe(
      'count_not_integer',
    );
    expect((await put(countKpi.id, OPEN_QUARTER, { value: -3 })).json<Problem>().code).toBe('negative');
    expect((await put(countKpi.id, OPEN_QUARTER, { value: '3' })).statusCode).toBe(400);
    const region = await put(countKpi.id, OPEN_QUARTER, { value: 3, region: 'AFR' });
    expect(region.statusCode).toBe(422);
    expect(region.json<Problem>().code).toBe('region_not_allowed');
    const regional = await kpiId('D2-K1');
    const unknown = await put(regional, OPEN_QUARTER, { value: 3, region: 'XYZ' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<Problem>().code).toBe('unknown_region');
  });

  it('checks the period: inside the plan, over, and Q4 only for annual KPIs', async () => {
    const id = await kpiId(OPEN_KPI);
    expect((await put(id, '2027-Q1', { value: 1 })).json<Problem>().code).toBe('period_not_complete');
    expect((await put(id, '2031-Q1', { value: 1 })).json<Problem>().code).toBe('period_outside_plan');
    const annual = await ctx.db
      .selectFrom('kpi')
      .select('id')
      .where('frequency', '=', 'annual')
      .executeTakeFirstOrThrow();
    const res = await put(annual.id, '2026-Q2', { value: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().code).toBe('period_not_reporting_quarter');
  });

  it('answers 400 for malformed input and 404 for an unknown KPI, never 500', async () => {
    const id = await kpiId(OPEN_KPI);
    expect((await put(id, '2026-Q5', { value: 1 })).statusCode).toBe(400);
    expect((await put(id, OPEN_QUARTER, { value: 'ten' })).statusCode).toBe(400);
    expect((await put(id, OPEN_QUARTER, { value: 1, colour: 'red' })).statusCode).toBe(400);
    expect((await put(id, OPEN_QUARTER, {})).statusCode).toBe(400);
    const notJson = await ctx.app.inject({
      method: 'PUT',
      url: `/api/kpis/${id}/values/${OPEN_QUARTER}`,
      headers: { 'content-type': 'application/json' },
      payload: '{"value": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.headers['content-type']).toContain('application/problem+json');
    const unknown = await put(999999, OPEN_QUARTER, { value: 1 });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('DELETE /api/kpis/:id/values/:period', () => {
  it('deletes a draft value (204), audits it, then answers 404', async () => {
    const id = await kpiId('D2-K2');
    const current = await storedValue(id, OPEN_QUARTER);
    const stale = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/kpis/${id}/values/${OPEN_QUARTER}?version=${(current?.version ?? 1) + 5}`,
    });
    expect(stale.statusCode).toBe(409);
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/kpis/${id}/values/${OPEN_QUARTER}?version=${current?.version}`,
    });
    expect(res.statusCode).toBe(204);
    expect(await storedValue(id, OPEN_QUARTER)).toBeUndefined();
    expect((await auditRows(current?.id ?? 0)).at(-1)?.action).toBe('delete');
    const again = await ctx.app.inject({ method: 'DELETE', url: `/api/kpis/${id}/values/${OPEN_QUARTER}` });
    expect(again.statusCode).toBe(404);
  });

  it('refuses to delete an approved value (423)', async () => {
    const res = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/kpis/${await kpiId(OPEN_KPI)}/values/2025-Q2`,
    });
    expect(res.statusCode).toBe(423);
  });
});

describe("a planner's scope over values", () => {
  /** An active KPI of a priority of the Sector with this code. */
  async function kpiOfSector(sector: string): Promise<number> {
    const row = await ctx.db
      .selectFrom('kpi')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
      .innerJoin('sector', 'sector.id', 'thematicPriority.sectorId')
      .select('kpi.id')
      .where('sector.code', '=', sector)
      .orderBy('kpi.code')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('reaches a whole Sector and a priority named outside it, and nothing else', async () => {
    // ITU-R as a whole, and KAP-2 of ITU-D (the owner of OPEN_KPI) by name
    const userId = await createUser(ctx.db, {
      username: 'r-and-kap2-planner',
      role: 'planner',
      sectors: ['ITU-R'],
      priorities: ['KAP-2'],
    });
    const headers = { authorization: `Bearer ${await createApiToken(ctx.db, userId)}` };
    const putAs = (id: number, payload: object) =>
      ctx.anonymous.inject({
        method: 'PUT',
        url: `/api/kpis/${id}/values/${OPEN_QUARTER}`,
        payload,
        headers,
      });

    const named = await kpiId(OPEN_KPI);
    const stored = await storedValue(named, OPEN_QUARTER);
    const ok = await putAs(named, { value: 14, version: stored?.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<KpiValue>()).toMatchObject({ kpiCode: OPEN_KPI, value: 14 });

    // in the Sector: past the scope check (whatever the quarter then says), never 403
    const inSector = await putAs(await kpiOfSector('ITU-R'), { value: 1 });
    expect(inSector.statusCode).not.toBe(403);

    for (const sector of ['ITU-T', 'GS']) {
      const outside = await putAs(await kpiOfSector(sector), { value: 1 });
      expect(outside.statusCode).toBe(403);
      expect(outside.json<Problem>().code).toBe('out_of_scope');
    }
  });
});
