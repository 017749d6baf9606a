// A second organisation on an instance of its own: started without the shipped ITU plans
// (RBM_SHIPPED_FRAMEWORKS=false), the example framework of a fictional UN agency is imported over HTTP and
// one quarter goes from entry to the Council's figures and the report's downloads, nothing of ITU in them.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport, FrameworkDocument, FrameworkImportPreview, KpiList } from '@rbm/shared/schemas';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';
import { loadConfig, REPO_ROOT, StartupError } from '../../config.ts';
import { prepareDatabase } from '../../startup/prepare-database.ts';

const FILE = path.join(REPO_ROOT, 'fixtures', 'frameworks', 'examples', 'UNAWS-SP-2026-2029.json');
const AGENCY = JSON.parse(fs.readFileSync(FILE, 'utf8')) as FrameworkDocument;
const PLAN = AGENCY.plan.code;
const PASSWORD = 'water for every village 2026';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ seed: false });
});
afterAll(async () => ctx.close());

const count = async (table: 'plan' | 'kpi' | 'statisticIndicator' | 'appUser') =>
  Number(
    (
      await ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('RBM_SHIPPED_FRAMEWORKS', () => {
  it('is on by default, off with false, and refuses demo data without the plans it stands on', () => {
    expect(loadConfig({}).shippedFrameworks).toBe(true);
    expect(loadConfig({ RBM_SHIPPED_FRAMEWORKS: 'false', RBM_DEMO: 'false' }).shippedFrameworks).toBe(false);
    expect(() => loadConfig({ RBM_SHIPPED_FRAMEWORKS: 'false' })).toThrow(StartupError);
    expect(() => loadConfig({ RBM_SHIPPED_FRAMEWORKS: 'false' })).toThrow(
      'RBM_SHIPPED_FRAMEWORKS=false starts without the ITU plans the demo data stands on: set RBM_DEMO=false too',
    );
  });

  it('leaves an empty database empty at start, saying how to go on', async () => {
    const lines: string[] = [];
    const options = { demo: false, shippedFrameworks: false, now: TEST_NOW };
    await prepareDatabase(ctx.db, options, (line) => lines.push(line));
    await prepareDatabase(ctx.db, options, (line) => lines.push(line));
    expect(await count('plan')).toBe(0);
    expect(await count('statisticIndicator')).toBe(0);
    expect(lines.at(-1)).toContain('import your organisation');
  });
});

describe('the example agency, imported and reported on', () => {
  it('is a fictional agency: 2 goals, 3 units, 6 priorities, 15 KPIs, in English and French, labelled', () => {
    expect(AGENCY.goals).toHaveLength(2);
    expect(AGENCY.units).toHaveLength(3);
    expect(AGENCY.priorities).toHaveLength(6);
    expect(AGENCY.kpis).toHaveLength(15);
    const items = [
      ...AGENCY.goals,
      ...AGENCY.targets,
      ...AGENCY.priorities,
      ...AGENCY.outcomes,
      ...AGENCY.kpis,
    ];
    for (const item of items) {
      expect(['representative', 'demo'], item.code).toContain(item.sourceStatus);
      expect(item.name.fr, item.code).toBeTruthy();
    }
    for (const unit of AGENCY.units) expect(unit.name.fr, unit.code).toBeTruthy();
    expect(AGENCY.plan.startYear).toBeLessThanOrEqual(TEST_NOW.getUTCFullYear());
  });

  it('previews as all new, imports in one go, and makes its units the Sectors its priorities name', async () => {
    const file = { fileName: path.basename(FILE), content: fs.readFileSync(FILE).toString('base64') };
    const preview = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import/preview',
      payload: file,
    });
    const body = preview.json<FrameworkImportPreview>();
    expect(body.problems).toEqual([]);
    expect(body).toMatchObject({ plan: PLAN, onto: 'new', counts: { changed: 0, retired: 0, bad: 0 } });
    expect(body.items.filter((i) => i.level === 'units').map((i) => i.code)).toEqual(
      AGENCY.units.map((u) => u.code),
    );
    const confirm = await ctx.app.inject({
      method: 'POST',
      url: '/api/frameworks/import',
      payload: { ...file, token: body.token },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(await count('kpi')).toBe(15);
    const sectors = await ctx.db.selectFrom('sector').select('code').orderBy('code').execute();
    expect(sectors.map((s) => s.code)).toEqual(['UNAWS-DG', 'UNAWS-SAN', 'UNAWS-WAT']);
    const plans = await ctx.app.inject({ method: 'GET', url: '/api/plans' });
    expect(plans.json<{ items: Array<{ code: string; status: string }> }>().items).toMatchObject([
      { code: PLAN, status: 'active' },
    ]);
  });

  it('carries a quarter from the planner to the Council, and the report files name only the agency', async () => {
    await createUser(ctx.db, {
      username: 'amina',
      role: 'planner',
      password: PASSWORD,
      priorities: ['WP-1'],
    });
    await createUser(ctx.db, {
      username: 'bruno',
      role: 'reviewer',
      password: PASSWORD,
      priorities: ['WP-1'],
    });
    await createUser(ctx.db, { username: 'chloe', role: 'viewer', password: PASSWORD });
    const [planner, reviewer, council] = await Promise.all(
      ['amina', 'bruno', 'chloe'].map((u) => ctx.signIn(u, PASSWORD)),
    );
    const councilSees = async () =>
      (await council!.inject({ method: 'GET', url: `/api/kpis?plan=${PLAN}` }))
        .json<KpiList>()
        .items.find((k) => k.code === 'W1-K1')?.latest?.actual ?? null;

    const due = await planner!.inject({ method: 'GET', url: '/api/entry/due' });
    expect(due.json<{ plan: string; items: Array<{ priority: { code: string } }> }>()).toMatchObject({
      plan: PLAN,
      items: expect.arrayContaining([
        expect.objectContaining({ priority: expect.objectContaining({ code: 'WP-1' }) }),
      ]),
    });
    const kpis = await ctx.db
      .selectFrom('kpi')
      .select(['id', 'code'])
      .where('code', 'like', 'W1-%')
      .execute();
    for (const kpi of kpis) {
      const put = await planner!.inject({
        method: 'PUT',
        url: `/api/kpis/${kpi.id}/values/2026-Q3`,
        payload: { value: kpi.code === 'W1-K3' ? 88 : 320 },
      });
      expect(put.statusCode, put.body).toBe(201);
    }
    const submit = await planner!.inject({
      method: 'POST',
      url: '/api/reviews/WP-1/2026-Q3/submit',
      payload: {},
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect(await councilSees()).toBeNull();

    const approve = await reviewer!.inject({
      method: 'POST',
      url: '/api/reviews/WP-1/2026-Q3/approve',
      payload: {},
    });
    expect(approve.statusCode, approve.body).toBe(200);
    expect(await councilSees()).toBe(320);

    const report = await council!.inject({
      method: 'GET',
      url: `/api/reports/annual/2026?plan=${PLAN}&lang=fr`,
    });
    const annual = report.json<AnnualReport>();
    expect(annual.plan.name.text).toBe("Plan stratégique de l'UNAWS pour 2026-2029 (exemple fictif)");
    expect(annual.overall).toMatchObject({ kpiCount: 15, ratedCount: 3 });
    expect(annual.sectors.map((s) => s.code)).toEqual(['UNAWS-WAT', 'UNAWS-SAN', 'UNAWS-DG']);

    const xlsx = await council!.inject({
      method: 'GET',
      url: `/api/reports/annual/2026?plan=${PLAN}&format=xlsx&lang=fr`,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    const cells = workbook.worksheets
      .flatMap((s) =>
        s.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map((v) => String(v ?? '')) : [])),
      )
      .join('\n');
    expect(cells).toContain('Programme Eau');
    expect(cells).toContain('Une eau potable pour tous');
    expect(cells).not.toMatch(/\b(ITU|UIT)\b/);

    const pptx = await council!.inject({
      method: 'GET',
      url: `/api/reports/annual/2026?plan=${PLAN}&format=pptx`,
    });
    const zip = await JSZip.loadAsync(pptx.rawPayload);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(slides.join('')).toContain('UNAWS Strategic Plan 2026-2029 (fictional example)');
    expect(slides.join('')).not.toMatch(/\bITU\b/);
  });
});
