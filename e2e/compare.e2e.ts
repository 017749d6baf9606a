// The retreat comparison in a real browser: both roles at desktop and phone width, totals per Sector equal
// to the API's (a shared KPI counted once), drill-down by click and by keyboard, axe in English and Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '@rbm/shared/schemas';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  type ViewportName,
} from './support/browser.ts';
import { apiJson, percent } from './support/page-data.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const PLAN = 'SP-2024-2027';
const STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data', 'not_due'] as const;
async function compareReady(page: Page) {
  await page.locator('table.heatmap tbody tr').first().waitFor();
  await page.locator('.ranking-row').first().waitFor();
}

describe('retreat comparison', () => {
  for (const role of ['council', 'admin']) {
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      it(`reads well for ${role} at ${viewport} width`, async () => {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, role);
        await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2`);
        await compareReady(page);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `compare-${role}-${viewport}`);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it("shows the API's heatmap scores and per-Sector totals (a shared KPI counted once)", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2`);
    await compareReady(page);
    const bySector = await apiJson<Comparison>(page, `/api/compare?plan=${PLAN}&by=sector&period=2026-Q2`);
    const byPriority = await apiJson<Comparison>(
      page,
      `/api/compare?plan=${PLAN}&by=priority&period=2026-Q2`,
    );

    // Heatmap cells print the API's score.
    const itud = bySector.heatmap.rows.find((r) => r.code === 'ITU-D');
    const cells = await page
      .locator('table.heatmap tbody tr', { hasText: 'ITU-D' })
      .locator('td')
      .allTextContents();
    expect(cells.map((c) => c.replace(/[★●▲✖?○]/g, '').trim())).toEqual(
      itud?.cells.map((c) => percent(c.score)),
    );

    // The per-Sector distribution as a table: each total is the Sector's KPI count, not the sum of its
    // priorities' counts (which counts a KPI shared by two priorities twice).
    const panel = page.locator('figure', { hasText: 'KPIs by status, per Sector' });
    await panel.getByRole('button', { name: 'Show as table' }).click();
    for (const group of bySector.groups) {
      const values = (
        await panel.locator('tbody tr', { hasText: group.code }).locator('td').allTextContents()
      ).map(Number);
      expect(values, group.code).toEqual([
        ...STATUSES.map((s) => group.rollUp.counts[s]),
        group.rollUp.kpiCount,
      ]);
      const prioritySum = byPriority.groups
        .filter((p) => p.sector === group.code)
        .reduce((sum, p) => sum + p.rollUp.kpiCount, 0);
      expect(prioritySum).toBeGreaterThanOrEqual(group.rollUp.kpiCount);
    }
    const shown = (await panel.locator('tbody tr td:last-child').allTextContents()).map(Number);
    expect(shown.reduce((a, b) => a + b, 0)).toBe(bySector.groups.reduce((a, g) => a + g.rollUp.kpiCount, 0));

    // The ranking switches between score, completeness and timeliness, best first.
    const ranking = page.locator('figure', { hasText: 'ranked by' }).first();
    await ranking.getByLabel('Rank by').selectOption('completeness');
    const firstCode = await ranking.locator('.ranking-label').first().textContent();
    const best = [...bySector.groups].sort(
      (a, b) => (b.rollUp.completeness ?? -1) - (a.rollUp.completeness ?? -1),
    )[0];
    expect(bySector.groups.find((g) => g.code === firstCode)?.rollUp.completeness).toBe(
      best?.rollUp.completeness,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drills down to the explorer by click and by keyboard', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2`);
    await compareReady(page);
    // A click on a heatmap cell opens the explorer on that Sector and quarter.
    const periods = await page.locator('table.heatmap thead th').allTextContents();
    const q1 = periods.indexOf('Q1 2026') - 1;
    expect(q1).toBeGreaterThanOrEqual(0);
    await page.locator('table.heatmap tbody tr', { hasText: 'ITU-D' }).locator('.heat-cell').nth(q1).click();
    await page.waitForURL(/\/explorer\?view=sector&period=2026-Q1&sector=ITU-D/);
    await page.locator('.explorer-table').waitFor();
    expect(await page.locator('select[name="sector"]').inputValue()).toBe('ITU-D');
    await page.goBack();
    await compareReady(page);
    // By priority, from the keyboard: the table view's links; Enter opens the explorer on that priority.
    await page.getByLabel('Compare').selectOption('priority');
    const panel = page.locator('figure', { hasText: 'Score of each thematic priority by quarter' });
    await panel.getByRole('button', { name: 'Show as table' }).press('Enter');
    const cell = panel.locator('tbody tr', { hasText: 'KAP-2' }).getByRole('link').last();
    await cell.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/open=KAP-2/);
    await page.locator('.explorer-pointed').first().waitFor();
    expect(await page.locator('.explorer-pointed').first().getAttribute('data-code')).toBe('KAP-2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells the truth at first sight: colours are statuses, ties share a rank, thin figures are unranked', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2&rows=priority`);
    await compareReady(page);

    // Every heatmap cell's colour class is its status symbol's (a 75-90 % cell was green beside ▲ At risk).
    const bands: Record<string, string> = {
      '★': 'achieved',
      '●': 'on_track',
      '▲': 'at_risk',
      '✖': 'off_track',
    };
    const cells = await page
      .locator('table.heatmap td.heat')
      .evaluateAll((tds) =>
        tds.map((td) => [td.className, td.querySelector('.heat-symbol')?.textContent ?? '']),
      );
    expect(cells.length).toBeGreaterThan(0);
    for (const [className, symbol] of cells) {
      expect(className, symbol).toBe(`heat heat-${bands[symbol ?? ''] ?? 'none'}`);
    }
    expect(cells.some(([c]) => c === 'heat heat-at_risk')).toBe(true);

    // Priorities shown at the same percent share a rank (KAP-2 0.94 and GS-ENB 0.9375 were ranked 1 and 2),
    // and every rank is 1 + the number of rows shown with a higher value.
    const ranking = page.locator('figure', { hasText: 'ranked by' }).first();
    const rows = await ranking.locator('.ranking-list .ranking-row').evaluateAll((lis) =>
      lis.map((li) => ({
        rank: Number(li.querySelector('.ranking-rank')?.textContent),
        code: li.querySelector('.ranking-label')?.textContent ?? '',
        value: parseInt(li.querySelector('.ranking-value')?.textContent?.replace(/[^\d-]/g, '') ?? '', 10),
        kpis: li.querySelector('.ranking-count')?.textContent ?? '',
      })),
    );
    for (const row of rows) {
      expect(row.rank, row.code).toBe(1 + rows.filter((o) => o.value > row.value).length);
      expect(row.kpis, row.code).toMatch(/^KPIs: ([3-9]|\d\d+)$/);
    }
    expect(rows.filter((r) => r.code === 'KAP-2' || r.code === 'GS-ENB').map((r) => r.rank)).toEqual([1, 1]);
    // KAP-3's score stands on 2 rated KPIs: listed apart, unranked, with the caveat.
    await expect.poll(() => ranking.locator('.ranking-apart').textContent()).toContain('KAP-3');
    expect(await ranking.locator('.ranking-caveat').textContent()).toContain('fewer than 3 KPIs');

    // Every region's score stands on one KPI: none is ranked, each is listed with its count and the caveat.
    const regions = page.locator('figure', { hasText: 'Regions ranked by' });
    expect(await regions.locator('.ranking-list .ranking-row').count()).toBe(0);
    expect(await regions.locator('.ranking-apart-list li').allTextContents()).toHaveLength(6);
    expect(await regions.locator('.ranking-apart-list li').first().textContent()).toMatch(/^AFR .*KPIs: 1$/);
    expect(await regions.locator('.ranking-caveat').textContent()).toMatch(/^Not ranked/);

    // The choices live in the address: a reload keeps priorities and the rank-by figure; Back undoes one.
    await ranking.getByLabel('Rank by').selectOption('timeliness');
    await page.waitForURL(/rank=timeliness/);
    await page.reload();
    await compareReady(page);
    expect(await page.getByLabel('Compare').inputValue()).toBe('priority');
    expect(await ranking.getByLabel('Rank by').inputValue()).toBe('timeliness');
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('rank='));
    expect(await ranking.getByLabel('Rank by').inputValue()).toBe('score');
    expect(await page.getByLabel('Compare').inputValue()).toBe('priority');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no accessibility violation in Arabic', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2`);
    await chooseLanguage(page, 'ar');
    await compareReady(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'compare-ar');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'compare-ar-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
