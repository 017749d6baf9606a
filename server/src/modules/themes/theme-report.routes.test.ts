// The Resolution 59 report through the API, on the demo data: per theme the units' KPIs (approved figures,
// the matrix's roll-up) and activities of the year, the joint work, the radar's decisions by kind with their
// notes, the open candidates, the overlapping events; the same for the Council as for a planner (approved
// values only); the workbook and the deck in English and Arabic.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { KpiDetail, Matrix, Problem, Radar, ThemeReport } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACTIVITIES } from '../../../../fixtures/demo-activities.ts';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { THEME_REPORT_TEXTS } from './theme-report-texts/index.ts';

let ctx: TestContext;
let planner: AppInstance;
let coordinator: AppInstance;
let council: AppInstance;

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  coordinator = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
});
afterAll(async () => ctx.close());

const ARABIC = /[\u0600-\u06FF]/;
const report = async (app: AppInstance, year = 2026, query = '') => {
  const res = await app.inject({ method: 'GET', url: `/api/reports/intersectoral/${year}${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ThemeReport>();
};
const key = async (code: string) =>
  `activity:${(await ctx.db.selectFrom('activity').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id}`;

describe('the Resolution 59 report', () => {
  it("gives each theme the units' KPIs and activities of the year, with the matrix's approved roll-up", async () => {
    const r = await report(council);
    expect(r).toMatchObject({ year: 2026, due: false, yearToDate: '2026-Q2' });
    expect(r.basis).toEqual({ values: 'approved', period: '2026-Q2' });
    expect(r.themes).toHaveLength(13);
    const matrix = (
      await council.inject({ method: 'GET', url: '/api/themes/matrix?period=2026-Q2' })
    ).json<Matrix>();
    for (const theme of r.themes) {
      const inMatrix = matrix.themes.find((t) => t.code === theme.code);
      expect(theme.rollUp, theme.code).toEqual(inMatrix?.rollUp);
      const kpis = theme.units.flatMap((u) => u.kpis.map((k) => k.code)).sort();
      const cellKpis = matrix.cells.filter((c) => c.theme === theme.code).flatMap((c) => c.kpis);
      expect(kpis, theme.code).toEqual([...cellKpis].sort());
    }
    const bsg = r.themes.find((t) => t.code === 'BSG');
    expect(bsg?.units.flatMap((u) => u.kpis).find((k) => k.code === 'TB-K1')).toMatchObject({
      name: { text: expect.any(String) },
      status: expect.any(String),
    });
    // only the year's activities: 2026's are in, those wholly in 2025 or 2027 are not
    const inYear = DEMO_ACTIVITIES.filter((a) => a.startDate <= '2026-12-31' && a.endDate >= '2026-01-01');
    expect(r.activities.map((a) => a.code).sort()).toEqual(inYear.map((a) => a.code).sort());
    expect(r.activities.length).toBeLessThan(DEMO_ACTIVITIES.length);
    expect(r.joint.activities.sort()).toEqual(
      inYear
        .filter((a) => a.participants.length > 0)
        .map((a) => a.code)
        .sort(),
    );
    // an overlapping pair once, both of the year
    expect(r.overlaps.length).toBeGreaterThan(0);
    for (const o of r.overlaps) expect(o.a < o.b).toBe(true);
    const radar = (await council.inject({ method: 'GET', url: '/api/themes/radar' })).json<Radar>();
    expect(r.duplicates.open).toBe(radar.items.length);
    expect(r.duplicates.counts).toEqual({ joint_work: 0, duplicate: 0, unrelated: 0 });
    const ar = await report(council, 2026, '?lang=ar');
    expect(ar.themes[0]?.name.language).toBe('ar');
  });

  it('counts the decisions of the year by kind with their notes, and the candidates still open', async () => {
    const before = await report(council);
    const decide = async (a: string, b: string, decision: string, note: string) => {
      const payload = { a: await key(a), b: await key(b), decision, note };
      const res = await coordinator.inject({ method: 'POST', url: '/api/themes/radar/decisions', payload });
      expect(res.statusCode, res.body).toBe(200);
    };
    await decide('ACT-AFR-01', 'ACT-GS-01', 'joint_work', 'One celebration, run together');
    await decide('ACT-T-01', 'ACT-ASP-01', 'duplicate', 'Same workshop twice: ITU-T leads');
    const after = await report(council);
    expect(after.duplicates.counts).toEqual({ joint_work: 1, duplicate: 1, unrelated: 0 });
    expect(after.duplicates.open).toBe(before.duplicates.open - 2);
    expect(after.duplicates.decisions.map((d) => d.note).sort()).toEqual([
      'One celebration, run together',
      'Same workshop twice: ITU-T leads',
    ]);
    expect(after.joint.decisions).toHaveLength(1);
    expect(after.joint.decisions[0]).toMatchObject({ decision: 'joint_work', theme: 'GEN' });
    expect(after.themes.find((t) => t.code === 'GEN')?.openCandidates).toBe(
      (before.themes.find((t) => t.code === 'GEN')?.openCandidates ?? 0) - 1,
    );
    // decided in 2026 (the test clock's year): not in 2025's report
    expect((await report(council, 2025)).duplicates.decisions).toEqual([]);
  });

  it("gives each KPI the status and actual of the KPI's own page for the Council (approved values)", async () => {
    const r = await report(council);
    const kpis = r.themes.flatMap((t) => t.units.flatMap((u) => u.kpis));
    expect(kpis.length).toBeGreaterThan(5);
    const ids = await ctx.db.selectFrom('kpi').select(['id', 'code']).execute();
    for (const kpi of kpis) {
      const id = ids.find((row) => row.code === kpi.code)?.id;
      const detail = (await council.inject({ method: 'GET', url: `/api/kpis/${id}` })).json<KpiDetail>();
      const point = detail.series.quarters.find((q) => q.period === r.basis.period);
      expect({ status: kpi.status, actual: kpi.actual }, kpi.code).toEqual({
        status: point?.status,
        actual: point?.actual,
      });
    }
  });

  it('shows a planner the same approved figures as the Council, and has no way to ask for drafts', async () => {
    expect(await report(planner)).toEqual(await report(council));
    const drafts = await planner.inject({
      method: 'GET',
      url: '/api/reports/intersectoral/2026?include=unapproved',
    });
    expect(drafts.statusCode).toBe(400);
    expect((await report(council, 2025)).due).toBe(true);
  });

  it('refuses a year outside the plan (422) and an unknown plan (404)', async () => {
    const outside = await council.inject({ method: 'GET', url: '/api/reports/intersectoral/2031' });
    expect(outside.json<Problem>()).toMatchObject({ status: 422, code: 'year_outside_plan' });
    const unknown = await council.inject({ method: 'GET', url: '/api/reports/intersectoral/2026?plan=NOPE' });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('the Resolution 59 report as files', () => {
  const download = (format: 'xlsx' | 'pptx', lang: string) =>
    council.inject({ method: 'GET', url: `/api/reports/intersectoral/2026?format=${format}&lang=${lang}` });

  it('downloads a workbook in English and in Arabic (right to left), with the title in the language', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const res = await download('xlsx', lang);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="resolution-59-report-SP-2024-2027-2026-${lang}.xlsx"`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
      const words = THEME_REPORT_TEXTS[lang];
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        words.sheetSummary,
        words.sheetThemes,
        words.sheetActivities,
        words.sheetJoint,
        words.sheetDecisions,
        words.sheetOverlaps,
      ]);
      const summary = workbook.worksheets[0];
      expect(summary?.getCell('A2').value).toBe(words.title.replace('{year}', '2026'));
      expect(summary?.views[0]?.rightToLeft ?? false).toBe(lang === 'ar');
      const themes = workbook.worksheets[1];
      expect(themes?.getColumn(1).values).toContain('GEN');
    }
    expect(THEME_REPORT_TEXTS.ar.title).toMatch(ARABIC);
  });

  it('downloads a deck in Arabic, right to left, with a native chart of the themes', async () => {
    const res = await download('pptx', 'ar');
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const slide1 = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(slide1).toContain(THEME_REPORT_TEXTS.ar.title.replace('{year}', '2026'));
    expect(slide1).toContain('rtl="1"');
    expect(Object.keys(zip.files).some((n) => n.startsWith('ppt/charts/chart'))).toBe(true);
  });

  it('has every text in the six languages, none empty', () => {
    const keys = Object.keys(THEME_REPORT_TEXTS.en).sort();
    for (const [language, texts] of Object.entries(THEME_REPORT_TEXTS)) {
      expect(Object.keys(texts).sort(), language).toEqual(keys);
      for (const [k, v] of Object.entries(texts)) expect(v.trim(), `${language} ${k}`).not.toBe('');
    }
    const notArabic = Object.entries(THEME_REPORT_TEXTS.ar).filter(([, v]) => !ARABIC.test(v));
    expect(notArabic).toEqual([]);
  });
});
