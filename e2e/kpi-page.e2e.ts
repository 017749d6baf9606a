// The KPI page in a real browser: every role and viewport, the latest status and value equal to the
// API's, the Council never shown a draft, axe in English and Arabic (also with the tables shown).
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { KpiDetail, KpiList } from '@rbm/shared/schemas';
import { formatKpiValue } from '../client/src/lib/format.ts';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  showAllTables,
  signIn,
  widerThanScreen,
  type ViewportName,
} from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
const KPI = 'D1-K1';
const URL_PATH = `/plans/SP-2024-2027/kpis/${KPI}`;

/** Signs in through the API and returns headers that act as that user. */
async function actAs(username: string) {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'rbm-demo' },
  });
  const cookie = res.cookies.find((c) => c.name === 'rbm_session')!;
  return {
    cookie: `rbm_session=${cookie.value}`,
    'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken,
  };
}

browserSuite(async (s, b) => {
  [server, browser] = [s, b];
  // Something for the history: a target revision (admin) and the approval of KAP-1's 2026-Q3 (reviewer),
  // and a draft the Council must not see.
  const admin = await actAs('admin');
  const list = await server.app.inject({ method: 'GET', url: '/api/kpis?pageSize=500', headers: admin });
  const id = list.json<KpiList>().items.find((k) => k.code === KPI)!.id;
  const revise = await server.app.inject({
    method: 'POST',
    url: `/api/kpis/${id}/targets`,
    headers: admin,
    payload: { year: 2027, value: 95, reason: 'Raised after the mid-term review' },
  });
  expect(revise.statusCode).toBeLessThan(300);
  const reviewer = await actAs('reviewer');
  const approve = await server.app.inject({
    method: 'POST',
    url: '/api/reviews/KAP-1/2026-Q3/approve',
    headers: reviewer,
    payload: { comment: 'Figures checked against the Giga platform' },
  });
  expect(approve.statusCode).toBe(200);
});

async function kpiReady(page: Page) {
  await page.locator('[data-state="ready"]').waitFor();
  await page.locator('.trend-chart-canvas svg .recharts-line-curve').first().waitFor({ state: 'attached' });
}

describe('KPI page', () => {
  for (const role of ['council', 'admin'] as const)
    for (const viewport of ['desktop', 'phone'] as ViewportName[])
      it(`shows ${KPI} to ${role} at ${viewport} width`, async () => {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, role);
        await page.goto(`${server.url}${URL_PATH}`);
        await kpiReady(page);
        await screenshot(page, `kpi-${role}-${viewport}`);
        expect(await widerThanScreen(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });

  it("shows the API's latest status and value, the revision and the approval, and passes axe", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}${URL_PATH}`);
    await kpiReady(page);
    const list = (await (await page.request.get(`${server.url}/api/kpis?q=${KPI}`)).json()) as KpiList;
    const id = list.items.find((k) => k.code === KPI)!.id;
    const detail = (await (await page.request.get(`${server.url}/api/kpis/${id}`)).json()) as KpiDetail;
    expect(await page.locator('.kpi-latest-status').getAttribute('data-status')).toBe(detail.latest.status);
    expect(await page.locator('.kpi-latest-value').textContent()).toBe(
      formatKpiValue(detail.latest.actual, detail.unit, 'en'),
    );
    const history = page.getByRole('region', { name: 'Value history' });
    expect(await history.textContent()).toContain('Raised after the mid-term review');
    expect(await history.textContent()).toContain('approved');
    // the Council's history has no value entries (drafts stay hidden)
    expect(await history.textContent()).not.toContain('Value ·');
    expect(await page.locator('.recharts-line-curve[stroke-dasharray="6 4"]').count()).toBe(1);
    expect(await page.locator('.trend-legend li').allTextContents()).toContain('Forecast');
    expect(await accessibilityViolations(page)).toEqual([]);
    await showAllTables(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await chooseLanguage(page, 'ar');
    await kpiReady(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await showAllTables(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-ar');
    expect(errors).toEqual([]);
    await context.close();
  });

  // Issue 18, problem 9: D4-K1's legend listed a forecast the chart did not draw, the value axis's title
  // overlapped its labels, and Q3 2027 was missing from the time axis.
  for (const [language, viewport] of [
    ['en', 'desktop'],
    ['ar', 'phone'],
  ] as const)
    it(`D4-K1 in ${language} at ${viewport} width: legend = lines drawn, axis labels clear of each other`, async () => {
      const { context, page, errors } = await openPage(browser, { viewport });
      await signIn(page, server.url, 'council');
      await chooseLanguage(page, language); // remembered per user: an earlier test may have left Arabic
      await page.goto(`${server.url}/plans/SP-2024-2027/kpis/D4-K1`);
      await kpiReady(page);
      const chart = page.locator('.trend-chart').first();
      const forecastName = language === 'en' ? 'Forecast' : 'التوقع';
      const dashedLines = chart.locator('.recharts-line-curve[stroke-dasharray="6 4"]');
      // Lines are drawn a moment after the legend: wait until what is drawn settles on what it names.
      await expect
        .poll(async () => {
          const legend = await chart.locator('.trend-legend li').allTextContents();
          return legend.some((name) => name.includes(forecastName)) === (await dashedLines.count()) > 0;
        })
        .toBe(true);
      const dashed = await dashedLines.count();
      const boxes = await chart.evaluate((element) => {
        const box = (e: Element) => e.getBoundingClientRect().toJSON() as DOMRect;
        const texts = (axis: string) =>
          [...element.querySelectorAll(`.recharts-${axis}Axis-tick-labels text`)].map((e) => ({
            text: e.textContent ?? '',
            box: box(e),
          }));
        return {
          title: box(element.querySelector('.trend-y-title')!),
          frame: box(element),
          y: texts('y'),
          x: texts('x'),
        };
      });
      const overlap = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(boxes.y.length).toBeGreaterThan(2);
      for (const tick of boxes.y) {
        expect(overlap(tick.box, boxes.title)).toBe(false);
        expect(tick.box.left).toBeGreaterThanOrEqual(boxes.frame.left - 1);
      }
      for (let i = 1; i < boxes.x.length; i++)
        expect(overlap(boxes.x[i - 1]!.box, boxes.x[i]!.box)).toBe(false);
      for (const tick of boxes.x) expect(tick.box.right).toBeLessThanOrEqual(boxes.frame.right + 1);
      // The axis runs to the last quarter drawn, and that one is always labelled: the forecast's horizon
      // (Connect 2030) when a forecast is drawn, else the plan's last quarter.
      if (dashed > 0) expect(boxes.x.at(-1)?.text).toContain('2030');
      else if (viewport === 'desktop') {
        // room for all 16 quarters: each one is on the axis, Q3 2027 included
        expect(boxes.x.map((tick) => tick.text)).toContain('Q3 2027');
        expect(boxes.x).toHaveLength(16);
      } else expect(boxes.x.at(-1)?.text).toContain('2027');
      expect(errors).toEqual([]);
      await context.close();
    });

  it('shows the admin every change, drafts included', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.goto(`${server.url}${URL_PATH}`);
    await kpiReady(page);
    await page.getByText('Every change, including draft and submitted values.').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
