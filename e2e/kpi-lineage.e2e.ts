// A KPI continued across plans in a real browser (issue 14): SP-2028-2031 drafted from SP-2024-2027 and
// activated (through the API, as e2e/plan-lifecycle.e2e.ts does on screen); the Council opens a continued
// KPI in the new plan and reads the 2024-2027 values, then the plan boundary, in the chart and the table,
// with the new plan's "nothing reported yet" said plainly; from the old KPI's page it follows the link to
// its successor. English and Arabic (right to left), axe clean, chart and table.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FrameworkDocument, FrameworkImportPreview, KpiDetail } from '@rbm/shared/schemas';
import { createApiToken } from '../server/test/factories.ts';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  showAllTables,
  signIn,
  widerThanScreen,
} from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
const OLD = 'SP-2024-2027';
const NEW = 'SP-2028-2031';
const KPI = 'D1-K1';
let authorization = '';

browserSuite(async (s, b) => {
  [server, browser] = [s, b];
  const admin = await server.db
    .selectFrom('appUser')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  authorization = `Bearer ${await createApiToken(server.db, admin.id, 'kpi-lineage e2e')}`;
  const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await server.app.inject({
      method,
      url,
      headers: { authorization },
      ...(payload ? { payload } : {}),
    });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return res;
  };
  await call('POST', `/api/plans/${OLD}/successor`, {
    code: NEW,
    title: 'Strategic Plan 2028-2031',
    startYear: 2028,
    endYear: 2031,
  });
  const document = (await call('GET', `/api/plans/${NEW}/framework/document`)).json<FrameworkDocument>();
  for (const kpi of document.kpis) kpi.annualTargets = { 2028: 1, 2029: 2, 2030: 3, 2031: 4 };
  const file = {
    fileName: 'targets.json',
    content: Buffer.from(JSON.stringify(document)).toString('base64'),
  };
  const { token } = (
    await call('POST', '/api/frameworks/import/preview', file)
  ).json<FrameworkImportPreview>();
  await call('POST', '/api/frameworks/import', { ...file, token });
  await call('POST', `/api/plans/${NEW}/activate`);
});

async function kpiReady(page: Page) {
  await page.locator('[data-state="ready"]').waitFor();
  await page.locator('.trend-chart-canvas svg .recharts-line-curve').first().waitFor({ state: 'attached' });
}

/** Every text drawn in the page's charts (axis ticks, marks' labels). */
const chartTexts = (page: Page) => page.locator('.trend-chart-canvas svg text').allTextContents();

describe('a KPI continued across plans', () => {
  it("shows the 2024-2027 values, then the plan boundary, on the new plan's KPI page", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${NEW}/kpis/${KPI}`);
    await kpiReady(page);
    // the chart: the boundary line is labelled with both plans, and the old plan's actuals are drawn
    const lineage = page.getByRole('navigation', { name: 'The KPI across plans' });
    await lineage.waitFor();
    await expect.poll(() => chartTexts(page)).toContain(`Plan boundary: ${OLD} | ${NEW}`);
    expect(await page.locator('.trend-chart-canvas svg .recharts-line-curve').count()).toBeGreaterThan(0);
    // said in words too: the chart's description and the new plan's empty start
    expect(await lineage.textContent()).toContain(`No value has been reported in ${NEW} yet`);
    expect(await lineage.getByRole('link').getAttribute('href')).toBe(`/plans/${OLD}/kpis/${KPI}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-lineage-chart');

    // the table: the old plan's quarters as one row group, the boundary row, then the new plan's
    await showAllTables(page);
    const table = page.locator('table', { has: page.locator('tr.kpi-plan-boundary') });
    const heads = await table.locator('tbody > tr > th').allTextContents();
    const groupAt = heads.indexOf(`${OLD}: ${KPI}`);
    const boundaryAt = heads.indexOf(`Plan boundary: ${OLD} | ${NEW}`);
    const newAt = heads.indexOf(`${NEW}: ${KPI}`);
    expect(groupAt).toBe(0);
    expect(heads[1]).toBe('Q1 2024');
    expect(boundaryAt).toBeGreaterThan(8);
    expect(heads[boundaryAt - 1]).toMatch(/2026/);
    expect(newAt).toBe(boundaryAt + 1);
    expect(heads[newAt + 1]).toBe('Q1 2028');
    // the 2024-2027 values are the approved ones the old KPI's own page shows
    const old = (
      await server.app.inject({
        method: 'GET',
        url: `/api/plans/${OLD}/kpis/${KPI}`,
        headers: { authorization },
      })
    ).json<KpiDetail>();
    const reported = old.series.quarters.filter((q) => q.actual !== null).length;
    expect(reported).toBeGreaterThan(4);
    const oldRows = table.locator(
      `tbody[data-plan="${OLD}"] tr:not(.kpi-plan-group):not(.kpi-plan-boundary)`,
    );
    expect(await oldRows.count()).toBe(boundaryAt - 1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await chooseLanguage(page, 'ar');
    await page.getByRole('navigation', { name: 'مؤشر الأداء الرئيسي عبر الخطط' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await showAllTables(page); // the page is drawn again in the new language, on its charts
    expect(await page.locator('tr.kpi-plan-boundary th').textContent()).toBe(
      `الحد بين الخطتين: ${OLD} | ${NEW}`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-lineage-ar');
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("links the old plan's KPI to its successor (phone width)", async () => {
    const { context, page, errors } = await openPage(browser, { viewport: 'phone' });
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${OLD}/kpis/${KPI}`);
    await kpiReady(page);
    const next = page.getByRole('navigation', { name: 'The KPI across plans' }).getByRole('link');
    expect(await next.textContent()).toContain(KPI);
    expect(await widerThanScreen(page)).toEqual([]);
    await next.click();
    await page.waitForURL((url) => url.pathname === `/plans/${NEW}/kpis/${KPI}`);
    await kpiReady(page);
    await expect.poll(() => chartTexts(page)).toContain(`Plan boundary: ${OLD} | ${NEW}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
