// The risk register in a real browser (issue 15): the Council opens it from the navigation, reads the heat
// map as a table, drills down to a cell's risks (the cell in the address) and never sees a draft; the
// planner of ITU-D sees the drafts of ITU-D's risks. English and Arabic, axe clean.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

describe('risk register', () => {
  it('shows the Council the heat map as a table and a cell’s risks, confirmed assessments only', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.getByRole('link', { name: 'Risks' }).click();
    await page.getByRole('heading', { name: 'Risk register', level: 1 }).waitFor();
    await page.locator('.risk-table tbody tr').first().waitFor();
    expect(await page.locator('.risk-table tr[data-state="draft"]').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'risks-council');

    await page
      .getByRole('figure', { name: 'Heat map of residual risk' })
      .getByRole('button', { name: 'Show as table' })
      .click();
    const drill = page.getByRole('link', { name: /^Show the risks/ }).first();
    await drill.click();
    await page.waitForURL((url) => url.searchParams.has('likelihood') && url.searchParams.has('impact'));
    const url = new URL(page.url());
    const cell = `${url.searchParams.get('likelihood')} × ${url.searchParams.get('impact')} =`;
    const rows = page.locator('.risk-table tbody tr');
    // the cell's risks, once the list is loaded (an empty list while it loads would pass `every`)
    await page.waitForFunction((text) => {
      const trs = [...document.querySelectorAll('.risk-table tbody tr')];
      return trs.length > 0 && trs.every((tr) => tr.textContent?.includes(text));
    }, cell);
    expect(await rows.count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Show every cell/ }).click();
    await page.waitForURL((u) => !u.searchParams.has('likelihood'));

    // the KPI page lists the risks linked to its KPI, confirmed assessments only
    await page.goto(`${server.url}/plans/SP-2024-2027/kpis/D1-K1`);
    const kpiRisks = page.locator('.kpi-risks li');
    await kpiRisks.first().waitFor();
    expect(await kpiRisks.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('RSK-D-01')]),
    );
    expect(await page.locator('.kpi-risks li[data-state="draft"]').count()).toBe(0);
    await page.getByRole('link', { name: 'The risk register' }).click();

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { name: 'سجل المخاطر', level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the planner the drafts of their own Sector's risks", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.getByRole('link', { name: 'Risks' }).click();
    await page.locator('.risk-table tbody tr').first().waitFor();
    const drafts = page.locator('.risk-table tr[data-state="draft"]');
    expect(await drafts.count()).toBeGreaterThan(0);
    for (const text of await drafts.locator('td:nth-child(2)').allTextContents()) expect(text).toBe('ITU-D');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
