import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiOutlook } from '@rbm/shared/rbm';
import type { KpiDetail, KpiList, Outlook } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
const get = (url: string) => ctx.app.inject({ method: 'GET', url });

async function sheetOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  return sheet;
}

describe('GET /api/outlook', () => {
  it('answers every KPI with its target, forecast, gap and likely year; sum KPIs forecast too', async () => {
    const res = await get(`/api/outlook?plan=${PLAN}`);
    expect(res.statusCode).toBe(200);
    const o = res.json<Outlook>();
    expect(o.targetYear).toBe(2027);
    expect(o.basis.values).toBe('approved');
    const list = (await get(`/api/kpis?plan=${PLAN}&pageSize=500`)).json<KpiList>();
    expect(o.rows.map((r) => r.code).sort()).toEqual(list.items.map((k) => k.code).sort());
    // every KPI with a target and 3 or more approved actuals has a forecast, whatever its aggregation
    for (const row of o.rows) {
      if (row.verdict === 'no_forecast' || row.verdict === 'no_target') continue;
      expect(row.forecast, row.code).not.toBeNull();
      expect(row.gap, row.code).not.toBeNull();
      if (row.verdict === 'on_course' && row.direction !== 'maintain')
        expect(row.gap, row.code).toBeGreaterThanOrEqual(-1e-6);
      if (row.verdict === 'later') expect(row.likelyYear, row.code).toBeGreaterThan(2027);
      if (row.verdict === 'away') expect(row.likelyYear, row.code).toBeNull();
    }
    const sumCodes = new Set(
      (await ctx.db.selectFrom('kpi').select('code').where('aggregation', '=', 'sum').execute()).map(
        (k) => k.code,
      ),
    );
    const sums = o.rows.filter((r) => sumCodes.has(r.code));
    expect(sums.length).toBeGreaterThan(0);
    expect(sums.filter((r) => r.forecast !== null).length).toBeGreaterThan(0);
    expect(o.rows.filter((r) => r.verdict === 'no_forecast').length).toBeLessThan(o.rows.length / 2);
  });

  it("agrees with each KPI's own series: the same forecast from the same approved actuals", async () => {
    const o = (await get(`/api/outlook?plan=${PLAN}`)).json<Outlook>();
    const row = o.rows.find((r) => r.forecast !== null);
    expect(row).toBeDefined();
    const list = (await get(`/api/kpis?plan=${PLAN}&pageSize=500`)).json<KpiList>();
    const id = list.items.find((k) => k.code === row?.code)?.id;
    const detail = (await get(`/api/kpis/${id}`)).json<KpiDetail>();
    if (detail.forecast) expect(detail.forecast.projectedAtPlanEnd).toBeCloseTo(row?.forecast ?? NaN);
    expect(typeof kpiOutlook).toBe('function');
  });

  it('downloads the same table as XLSX in the language asked for: Arabic right to left, A4 landscape', async () => {
    const o = (await get(`/api/outlook?plan=${PLAN}&lang=ar`)).json<Outlook>();
    const res = await get(`/api/outlook?plan=${PLAN}&format=xlsx&lang=ar`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('outlook-SP-2024-2027-2027-ar.xlsx');
    const sheet = await sheetOf(res.rawPayload);
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.getRow(3).getCell(8).value).toBe('الفجوة');
    expect(sheet.rowCount).toBe(3 + o.rows.length);
    const first = o.rows[0];
    expect(sheet.getRow(4).getCell(1).value).toBe(first?.code);
    const english = await sheetOf((await get(`/api/outlook?plan=${PLAN}&format=xlsx&lang=en`)).rawPayload);
    expect(english.views[0]?.rightToLeft).toBe(false);
    expect(english.getRow(3).values).toContain('Likely year');
  });

  it('gives the Council approved figures only and refuses drafts; 404 for an unknown plan', async () => {
    const council = await ctx.signIn('council', DEMO_PASSWORD);
    const approved = await council.inject({ method: 'GET', url: `/api/outlook?plan=${PLAN}` });
    expect(approved.json<Outlook>().basis.values).toBe('approved');
    const drafts = await council.inject({
      method: 'GET',
      url: `/api/outlook?plan=${PLAN}&include=unapproved`,
    });
    expect(drafts.statusCode).toBe(403);
    expect((await get('/api/outlook?plan=NOPE')).statusCode).toBe(404);
    expect((await get('/api/outlook?format=pdf')).statusCode).toBe(400);
  });
});
