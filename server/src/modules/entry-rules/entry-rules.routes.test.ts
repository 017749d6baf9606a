// Entry rules through the API: administrators set them (checked, versioned, audited); the value PUT and
// the import refuse values beyond a KPI's hard limits or with more digits than the database keeps; the
// findings list warnings and what is missing; a submission that breaks the rules is refused with a list.
// Each group starts from a fresh demo database and each test brings the plan's rules and the quarter to
// what it needs (planRules, openQuarter), so the tests run in any order.
import type { EntryFindings, EntrySheet, ImportPreview, PlanEntryRules, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

const PLAN = 'SP-2024-2027';
const RULES_URL = `/api/plans/${PLAN}/entry-rules`;
const QUARTER = '2026-Q3';

let ctx: TestContext;
let planner: AppInstance;
/** A fresh demo database for the group of tests it is called in. */
function freshFixture(): void {
  beforeAll(async () => {
    ctx = await buildTestApp();
    planner = await ctx.signIn('planner', 'rbm-demo');
  });
  afterAll(async () => ctx.close());
}

const noValueRules = {
  min: null,
  max: null,
  integer: null,
  maxChangeShare: null,
  maxTargetMultiple: null,
  regionsAddUp: null,
};

async function sheet(priority: string): Promise<EntrySheet> {
  const res = await planner.inject({ method: 'GET', url: `/api/entry/${priority}/${QUARTER}?plan=${PLAN}` });
  return res.json<EntrySheet>();
}
const kpiOf = async (priority: string, code: string) => {
  const found = (await sheet(priority)).outcomes.flatMap((o) => o.kpis).find((k) => k.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

async function putValue(app: AppInstance, code: string, priority: string, body: Record<string, unknown>) {
  const kpi = await kpiOf(priority, code);
  const region = body.region as string | undefined;
  const stored = region === undefined ? kpi.total : kpi.regional.find((r) => r.region === region)?.value;
  const res = await app.inject({
    method: 'PUT',
    url: `/api/kpis/${kpi.id}/values/${QUARTER}`,
    payload: { ...body, ...(stored ? { version: stored.version } : {}) },
  });
  return { status: res.statusCode, problem: res.json<Problem>() };
}

const auditRows = (entity: string) =>
  ctx.db.selectFrom('auditLog').selectAll().where('entity', '=', entity).orderBy('id').execute();

/** The plan's rules the first test sets: the achievements narrative required, a note on KPIs at risk or off
 * track, regions adding up. */
const planRulesBody = {
  completeness: { requiredNarratives: ['achievements'], noteRequiredFor: ['at_risk', 'off_track'] },
  defaults: { ...noValueRules, regionsAddUp: true },
};

/** Sets the plan's rules above unless a test before has set them. */
async function planRules() {
  const current = (await ctx.app.inject({ method: 'GET', url: RULES_URL })).json<PlanEntryRules>();
  if (current.version > 0) return;
  const saved = await ctx.app.inject({ method: 'PUT', url: RULES_URL, payload: planRulesBody });
  expect(saved.statusCode).toBe(200);
}

/** Brings KAP-2's quarter back to open (values editable) if a test before submitted it. */
async function openQuarter() {
  const url = `/api/reviews/KAP-2/${QUARTER}`;
  let { status } = (await sheet('KAP-2')).review;
  if (status === 'submitted') {
    expect((await ctx.app.inject({ method: 'POST', url: `${url}/approve`, payload: {} })).statusCode).toBe(
      200,
    );
    status = 'approved';
  }
  if (status === 'approved') {
    const reopen = await ctx.app.inject({
      method: 'POST',
      url: `${url}/reopen`,
      payload: { comment: 'Test' },
    });
    expect(reopen.statusCode).toBe(200);
  }
}

describe('entry rules of a plan', () => {
  freshFixture();

  it('are empty until set; only administrators set them, checked and audited', async () => {
    const empty = await planner.inject({ method: 'GET', url: RULES_URL });
    expect(empty.statusCode).toBe(200);
    expect(empty.json<PlanEntryRules>()).toEqual({
      plan: PLAN,
      version: 0,
      completeness: { requiredNarratives: [], noteRequiredFor: [] },
      defaults: noValueRules,
      kpis: [],
    });
    const body = planRulesBody;
    expect((await planner.inject({ method: 'PUT', url: RULES_URL, payload: body })).statusCode).toBe(403);
    const inverted = await ctx.app.inject({
      method: 'PUT',
      url: RULES_URL,
      payload: { ...body, defaults: { ...noValueRules, min: 10, max: 5 } },
    });
    expect(inverted.statusCode).toBe(422);
    expect(inverted.json<Problem>()).toMatchObject({ code: 'limits_inverted' });
    const bad = await ctx.app.inject({
      method: 'PUT',
      url: RULES_URL,
      payload: { ...body, completeness: { requiredNarratives: ['summary'], noteRequiredFor: [] } },
    });
    expect(bad.statusCode).toBe(400);

    const saved = await ctx.app.inject({ method: 'PUT', url: RULES_URL, payload: body });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<PlanEntryRules>()).toMatchObject({ version: 1, ...body });
    // a second change must name the version it was made on
    const stale = await ctx.app.inject({ method: 'PUT', url: RULES_URL, payload: body });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('version_conflict');
    const audits = await auditRows('entry_rule');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: 'create', entityId: PLAN, actor: 'test-admin' });
  });
});

describe('values checked against the rules', () => {
  freshFixture();

  it("refuses a value beyond a KPI's limits, at the PUT and in the import", async () => {
    await openQuarter();
    const override = { ...noValueRules, max: 48, integer: true, maxTargetMultiple: 2 };
    const res = await ctx.app.inject({ method: 'PUT', url: `${RULES_URL}/kpis/D2-K3`, payload: override });
    expect(res.statusCode).toBe(200);
    expect(res.json<PlanEntryRules>().kpis).toEqual([
      expect.objectContaining({ code: 'D2-K3', settings: override }),
    ]);
    expect((await planner.inject({ method: 'DELETE', url: `${RULES_URL}/kpis/D2-K3` })).statusCode).toBe(403);

    const above = await putValue(planner, 'D2-K3', 'KAP-2', { value: 49 });
    expect(above.status).toBe(422);
    expect(above.problem.code).toBe('above_maximum');
    expect(above.problem.errors).toEqual([
      { field: 'body.value', code: 'above_maximum', message: 'The value must be at most 48' },
    ]);
    expect((await putValue(planner, 'D2-K3', 'KAP-2', { value: 20 })).status).toBe(200);

    const csv = ['KPI code,KPI name,Period,Region,Value,Note', `D2-K3,,${QUARTER},,49,`].join('\n');
    const preview = await planner.inject({
      method: 'POST',
      url: `/api/entry/KAP-2/${QUARTER}/import/preview`,
      payload: { fileName: 'values.csv', content: Buffer.from(csv).toString('base64') },
    });
    expect(preview.statusCode).toBe(200);
    expect(preview.json<ImportPreview>().invalid).toEqual([
      expect.objectContaining({ code: 'above_maximum' }),
    ]);
    // One set of value rules: the import's row says what the PUT's field error says.
    expect(preview.json<ImportPreview>().invalid[0]?.message).toBe(above.problem.errors?.[0]?.message);
  });

  it('refuses a number with more significant digits than the database keeps, rules or not', async () => {
    await openQuarter();
    const kpi = await kpiOf('KAP-2', 'D2-K4');
    const res = await planner.inject({
      method: 'PUT',
      url: `/api/kpis/${kpi.id}/values/${QUARTER}`,
      headers: { 'content-type': 'application/json' },
      payload: `{"value": 123456789012345678901234567890, "version": ${kpi.total?.version}}`,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().code).toBe('too_precise');
    expect((await kpiOf('KAP-2', 'D2-K4')).total?.value).toBe(kpi.total?.value);
  });

  it('lists warnings and what is missing, and refuses a submission until they are fixed or explained', async () => {
    await planRules();
    await openQuarter();
    // Regions adding up to 75 against a total of 60
    const d2k1 = await kpiOf('KAP-2', 'D2-K1');
    for (const r of d2k1.regional) {
      if (r.value) {
        const del = await planner.inject({
          method: 'DELETE',
          url: `/api/kpis/${d2k1.id}/values/${QUARTER}?region=${r.region}&version=${r.value.version}`,
        });
        expect(del.statusCode).toBe(204);
      }
    }
    expect((await putValue(planner, 'D2-K1', 'KAP-2', { value: 60 })).status).toBe(200);
    expect((await putValue(planner, 'D2-K1', 'KAP-2', { value: 30, region: 'AFR' })).status).toBe(201);
    expect((await putValue(planner, 'D2-K1', 'KAP-2', { value: 45, region: 'AMS' })).status).toBe(201);

    const reviewer = await ctx.signIn('reviewer', 'rbm-demo');
    const findings = await reviewer.inject({ method: 'GET', url: `/api/entry/KAP-2/${QUARTER}/findings` });
    expect(findings.statusCode).toBe(200);
    const body = findings.json<EntryFindings>();
    expect(body.warnings).toContainEqual({
      code: 'regions_do_not_add_up',
      kpiCode: 'D2-K1',
      value: 75,
      reference: 60,
    });
    expect(body.missing).toContainEqual({ code: 'narrative_required', narrative: 'achievements' });
    // D2-K1 needs a note: it is at risk (the rules ask a note for it) and its regions do not add up
    expect(body.missing).toContainEqual(expect.objectContaining({ kpiCode: 'D2-K1' }));

    const refused = await planner.inject({
      method: 'POST',
      url: `/api/reviews/KAP-2/${QUARTER}/submit?plan=${PLAN}`,
    });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json<Problem>();
    expect(problem.code).toBe('submission_incomplete');
    expect(problem.errors).toContainEqual(
      expect.objectContaining({ field: 'narrative.achievements', code: 'narrative_required' }),
    );
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'kpis.D2-K1.note' }));
    expect(problem.errors).toHaveLength(body.missing.length);
    expect((await sheet('KAP-2')).review.status).toBe('open');

    // Explain each KPI with a note, then submit with the narrative
    for (const item of body.missing.filter((m) => m.kpiCode !== undefined)) {
      const kpi = await kpiOf('KAP-2', item.kpiCode ?? '');
      const saved = await putValue(planner, kpi.code, 'KAP-2', {
        value: kpi.total?.value ?? null,
        ...(kpi.total?.value === null ? { noDataReason: kpi.total?.noDataReason } : {}),
        note: 'Checked with the regional offices',
      });
      expect(saved.status).toBe(200);
    }
    const submitted = await planner.inject({
      method: 'POST',
      url: `/api/reviews/KAP-2/${QUARTER}/submit?plan=${PLAN}`,
      payload: { achievements: 'Two regions connected' },
    });
    expect(submitted.statusCode).toBe(200);
  });
});
