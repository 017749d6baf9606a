// The Connect 2030 overview (home screen) in a real browser: every role and viewport, the figures equal
// to the API's, axe in English and Arabic (also with the tables shown), Arabic and Chinese screenshots.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Statistics } from '@rbm/shared/schemas';
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

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

/** Waits until the figures and the first chart are on screen. */
async function overviewReady(page: Page) {
  await page.waitForURL(/\/plans\/SP-2024-2027\/overview$/);
  await page.locator('[data-state="ready"]').waitFor();
  // charts draw once near the screen: on a phone the first is below the fold
  await page.locator('.target-card .chart-panel').first().scrollIntoViewIfNeeded();
  await page.locator('.trend-chart-canvas svg .recharts-line-curve').first().waitFor({ state: 'attached' });
}

/** The latest published value of the statistic measuring a target, as the overview writes it in English. */
function expectedLatest(statistics: Statistics, indicatorCode: string): string {
  const indicator = statistics.indicators.find((i) => i.code === indicatorCode)!;
  const latest = indicator.series[0]!.points.filter((p) => p.latestEdition)
    .sort((a, b) => a.year - b.year)
    .at(-1)!;
  const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(latest.value);
  return indicator.unit.startsWith('%') ? `${number}%` : number;
}

describe('Connect 2030 overview', () => {
  for (const role of ['council', 'admin'] as const)
    for (const viewport of ['desktop', 'phone'] as ViewportName[])
      it(`lands ${role} on the overview at ${viewport} width`, async () => {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, role);
        await overviewReady(page);
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Connect 2030');
        // no horizontal scrolling on a phone
        await screenshot(page, `overview-${role}-${viewport}`);
        expect(await widerThanScreen(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });

  it("shows the API's latest values, targets and outlooks, in English and Arabic without axe violations", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await overviewReady(page);
    const statistics = (await (await page.request.get(`${server.url}/api/stats`)).json()) as Statistics;
    for (const [target, indicator] of [
      ['UMC-1', 'internet_use_pct'],
      ['BBC-2', 'mbb_basket_pct_gni'],
      ['UMC-9', 'gender_parity_score'],
    ] as const) {
      const card = page.locator(`article[data-target="${target}"]`);
      expect(await card.locator('.target-latest').textContent()).toBe(expectedLatest(statistics, indicator));
    }
    expect(await page.locator('article[data-target="UMC-1"] .outlook').textContent()).toMatch(
      /At the current pace, reached in 20\d\d/,
    );
    expect(await page.locator('article[data-target="BBC-2"] .outlook').textContent()).toContain(
      'Target already reached',
    );
    // the forecast is drawn dashed, the regions as small multiples (charts draw one after another)
    await expect
      .poll(() =>
        page.locator('article[data-target="UMC-1"] .recharts-line-curve[stroke-dasharray="6 4"]').count(),
      )
      .toBe(1);
    expect(await page.locator('article[data-target="UMC-1"] .small-multiple').count()).toBeGreaterThanOrEqual(
      5,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await showAllTables(page);
    await page.locator('article[data-target="UMC-1"] table').first().waitFor();
    expect(await page.locator('article[data-target="UMC-1"] table').first().textContent()).toContain('FF25');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await chooseLanguage(page, 'ar');
    await overviewReady(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    // charts keep time running left to right
    expect(await page.locator('.trend-chart-canvas').first().getAttribute('dir')).toBe('ltr');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'overview-ar');
    await showAllTables(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    // the tables stay switched on within the page; a reload brings the charts back for the photograph
    await page.reload();
    await chooseLanguage(page, 'zh');
    await overviewReady(page);
    await screenshot(page, 'overview-zh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
