import ExcelJS from 'exceljs';
import { Value } from 'typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FrameworkDocumentSchema, type FrameworkDocument, type Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../../test/factories.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

async function documentOf(plan: string): Promise<FrameworkDocument> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/plans/${plan}/framework/document` });
  expect(res.statusCode).toBe(200);
  return res.json<FrameworkDocument>();
}

describe('GET /api/plans/:plan/framework/document', () => {
  it('gives the shipped plan as a valid framework document with every level, link and language', async () => {
    const document = await documentOf('SP-2024-2027');
    expect([...Value.Errors(FrameworkDocumentSchema, document)]).toEqual([]);
    expect(document.schemaVersion).toBe(1);
    expect(document.plan).toMatchObject({
      code: 'SP-2024-2027',
      startYear: 2024,
      endYear: 2027,
      status: 'active',
      thresholds: { onTrack: 0.9, atRisk: 0.6 },
      calendar: { reportingDeadlineDays: 15, reviewDeadlineDays: 45 },
    });
    expect(document.plan.name.fr).toBeTruthy();
    expect(document.goals.map((g) => g.code)).toEqual(['G1', 'G2']);
    expect(document.units.map((u) => u.code)).toEqual(
      expect.arrayContaining(['ITU-R', 'ITU-T', 'ITU-D', 'GS']),
    );
    expect(document.regions).toHaveLength(6);
    // The Union's own names of the regions, confirmed in the six languages.
    expect(document.regions[0]?.confirmedLanguages).toEqual(['fr', 'es', 'ar', 'ru', 'zh']);
    const codes = (items: Array<{ code: string }>) => new Set(items.map((i) => i.code));
    const [outcomes, targets, themes, priorities] = [
      codes(document.outcomes),
      codes(document.targets),
      codes(document.themes),
      codes(document.priorities),
    ];
    expect(document.kpis.length).toBeGreaterThan(40);
    for (const kpi of document.kpis) {
      expect(kpi.outcomes.every((c) => outcomes.has(c))).toBe(true);
      expect(kpi.targets.every((c) => targets.has(c))).toBe(true);
      expect(kpi.themes.every((c) => themes.has(c))).toBe(true);
      expect(priorities.has(kpi.priority ?? '')).toBe(true);
      expect(Object.keys(kpi.annualTargets).every((y) => Number(y) >= 2024 && Number(y) <= 2027)).toBe(true);
    }
    expect(document.kpis.some((k) => k.targets.length > 0)).toBe(true);
    expect(document.targets.some((t) => t.statistic !== undefined)).toBe(true);
  });

  it('answers 404 naming an unknown plan', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-1999-2002/framework/document' });
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>()).toMatchObject({ code: 'not_found' });
  });
});

describe('GET /api/plans/:plan/framework/workbook', () => {
  it('gives About first, one sheet per level, Translations last, each row a document item', async () => {
    const document = await documentOf('SP-2020-2023');
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2020-2023/framework/workbook' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('SP-2020-2023-framework.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'About',
      'Plan',
      'Units',
      'Regions',
      'Goals',
      'Targets',
      'Priorities',
      'Outcomes',
      'Outputs',
      'Enablers',
      'Themes',
      'KPIs',
      'Translations',
    ]);
    const kpis = workbook.getWorksheet('KPIs');
    const headers = (kpis?.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Code', 'Target 2020', 'Target 2023', 'Outcomes']));
    expect(kpis?.actualRowCount).toBe(document.kpis.length + 1);
    const about = workbook.getWorksheet('About');
    const explained = new Set<string>();
    about?.eachRow((row) => explained.add(`${String(row.getCell(1).value)}/${String(row.getCell(2).value)}`));
    for (const header of headers) expect(explained.has(`KPIs/${String(header)}`)).toBe(true);
    const translations = workbook.getWorksheet('Translations');
    expect(translations?.getRow(2).values).toEqual([
      undefined,
      'Plan',
      'SP-2020-2023',
      'name',
      'fr',
      expect.any(String),
    ]);
  });

  it('is for administrators: a planner is refused (403)', async () => {
    const planner = await createUser(ctx.db, { username: 'framework-planner', role: 'planner' });
    const token = await createApiToken(ctx.db, planner);
    for (const url of [
      '/api/plans/SP-2024-2027/framework/workbook',
      '/api/plans/SP-2024-2027/framework/document',
    ]) {
      const res = await ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode, url).toBe(403);
    }
  });
});
