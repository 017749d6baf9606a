// The framework import over HTTP: round trip, a new plan, retirement, a stale preview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameworkDocument, FrameworkImportPreview, Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { smallFramework } from './framework-import.fixture.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const asFile = (document: unknown, fileName = 'framework.json') => ({
  fileName,
  content: Buffer.from(JSON.stringify(document)).toString('base64'),
});

async function preview(file: { fileName: string; content: string }) {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/frameworks/import/preview', payload: file });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FrameworkImportPreview>();
}

async function exported(plan: string, kind: 'document' | 'workbook' = 'document') {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/plans/${plan}/framework/${kind}` });
  expect(res.statusCode).toBe(200);
  return res;
}

describe('framework import: round trip', () => {
  for (const plan of ['SP-2024-2027', 'SP-2020-2023']) {
    it(`reports no change for ${plan} exported as JSON and as XLSX`, async () => {
      const json = await preview(asFile((await exported(plan)).json()));
      expect(json.problems).toEqual([]);
      expect(json).toMatchObject({
        plan,
        onto: 'existing',
        counts: { new: 0, changed: 0, retired: 0, bad: 0 },
      });
      expect(json.items).toEqual([]);
      const workbook = (await exported(plan, 'workbook')).rawPayload.toString('base64');
      const xlsx = await preview({ fileName: `${plan}.xlsx`, content: workbook });
      expect(xlsx.problems).toEqual([]);
      expect(xlsx.items).toEqual([]);
      expect(xlsx.counts.unchanged).toBe(json.counts.unchanged);
    });
  }
});

describe('framework import: a new plan', () => {
  it('previews every item as new, writes nothing until confirmed, then exports the same document', async () => {
    const document = smallFramework('SP-NEW-2028');
    const file = asFile(document);
    const first = await preview(file);
    expect(first.problems).toEqual([]);
    expect(first).toMatchObject({ onto: 'new', counts: { retired: 0, changed: 0, bad: 0 } });
    expect(first.items.filter((i) => i.level === 'kpis').map((i) => i.change)).toEqual(['new', 'new']);
    const before = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-NEW-2028' });
    expect(before.statusCode).toBe(404);

    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...file, token: first.token },
    });
    expect(res.statusCode, res.body).toBe(200);
    const back = (await exported('SP-NEW-2028')).json<FrameworkDocument>();
    // The links are sets: exported in the framework's order.
    expect(back.kpis).toEqual(document.kpis.map((k) => ({ ...k, outcomes: [...k.outcomes].sort() })));
    expect(back.outputs).toEqual(document.outputs);
    expect(back.plan).toEqual(document.plan);
    const again = await preview(asFile(back));
    expect(again.items).toEqual([]);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('entity')
      .where('action', '=', 'import')
      .execute();
    expect(audit.map((a) => a.entity)).toEqual(
      expect.arrayContaining(['kpi', 'output', 'org_unit', 'kpi_links']),
    );
  });

  it('retires a KPI and an outcome left out of the file (kept, never deleted) and changes a renamed goal', async () => {
    const document = smallFramework('SP-NEW-2028');
    document.kpis = document.kpis.filter((k) => k.code !== 'K2');
    document.outcomes = document.outcomes.filter((o) => o.code !== 'O2');
    document.goals[0]!.name = { en: 'Connectivity for all', ar: 'التوصيل للجميع' };
    const file = asFile(document);
    const seen = await preview(file);
    expect(seen.problems).toEqual([]);
    expect(seen.items).toEqual(
      expect.arrayContaining([
        {
          level: 'goals',
          code: 'G1',
          change: 'changed',
          fields: ['name'],
          // Before and after, for the screen to show; texts in any order of their languages.
          values: [
            {
              field: 'name',
              before: '{"en":"Connectivity"}',
              after: '{"ar":"التوصيل للجميع","en":"Connectivity for all"}',
            },
          ],
        },
        { level: 'kpis', code: 'K2', change: 'retired', fields: [], values: [] },
        { level: 'outcomes', code: 'O2', change: 'retired', fields: [], values: [] },
      ]),
    );
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...file, token: seen.token },
    });
    expect(res.statusCode, res.body).toBe(200);
    const kpi = await ctx.db
      .selectFrom('kpi')
      .select('active')
      .where('code', '=', 'K2')
      .executeTakeFirstOrThrow();
    expect(kpi.active).toBe(0);
    const outcome = await ctx.db
      .selectFrom('outcome')
      .select('retiredAt')
      .where('code', '=', 'O2')
      .executeTakeFirstOrThrow();
    expect(outcome.retiredAt).not.toBeNull();
    const back = (await exported('SP-NEW-2028')).json<FrameworkDocument>();
    expect(back.goals[0]?.name).toEqual({ en: 'Connectivity for all', ar: 'التوصيل للجميع' });
    expect(back.kpis.find((k) => k.code === 'K2')?.retired).toBe(true);
  });

  it("audits a priority left out of the file under the priority's own entity, where its history reads it", async () => {
    const confirm = async (document: FrameworkDocument) => {
      const file = asFile(document);
      const seen = await preview(file);
      expect(seen.problems).toEqual([]);
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/frameworks/import',
        payload: { ...file, token: seen.token },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const withTwo = smallFramework('SP-PRI-2028');
    withTwo.priorities.push({ ...withTwo.priorities[0]!, code: 'AP-2', name: { en: 'Skills' } });
    await confirm(withTwo);
    await confirm(smallFramework('SP-PRI-2028'));
    const priority = await ctx.db
      .selectFrom('thematicPriority')
      .select(['id', 'retiredAt'])
      .where('code', '=', 'AP-2')
      .executeTakeFirstOrThrow();
    expect(priority.retiredAt).not.toBeNull();
    const rows = await ctx.db
      .selectFrom('auditLog')
      .select('entity')
      .where('action', '=', 'retire')
      .where('entityId', '=', String(priority.id))
      .execute();
    expect(rows.map((r) => r.entity)).toContain('thematic_priority');
    expect(rows.map((r) => r.entity)).not.toContain('thematicPriority');
  });

  it('refuses a stale preview (409) and writes nothing', async () => {
    const document = smallFramework('SP-NEW-2028');
    document.goals[0]!.name = { en: 'First rename' };
    const file = asFile(document);
    const first = await preview(file);
    const other = smallFramework('SP-NEW-2028');
    other.goals[0]!.name = { en: 'Someone else renamed it' };
    const otherPreview = await preview(asFile(other));
    const done = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...asFile(other), token: otherPreview.token },
    });
    expect(done.statusCode).toBe(200);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...file, token: first.token },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<Problem>().code).toBe('import_stale');
    const goal = await ctx.db
      .selectFrom('goal')
      .innerJoin('plan', 'plan.id', 'goal.planId')
      .select('goal.name')
      .where('plan.code', '=', 'SP-NEW-2028')
      .executeTakeFirstOrThrow();
    expect(goal.name).toBe('Someone else renamed it');
  });
});
