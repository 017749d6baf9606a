// Quarterly entry that loses nothing, in a real browser: refused text in a cell is never reported as
// saved nor rated, Escape brings the saved value back; and the grid's own CSV export imports back with
// every row unchanged. Accessible in English and Arabic, with screenshots of a refused cell.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { PLAN, openGrid, valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const row = (page: Page, code: string) => page.locator('tr', { has: page.locator('th', { hasText: code }) });
const statusCell = (page: Page, code: string) => row(page, code).locator('td.col-status');
const saveStatus = (page: Page) => page.locator('.entry-save [role="status"]');

async function typeInto(page: Page, code: string, text: string) {
  await valueCell(page, code).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

describe('an honest grid', () => {
  it('counts refused cells as not saved, rates the saved values, and Escape brings them back', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, server.url, 'KAP-4');
    const codes = ['D4-K1', 'D4-K2', 'D4-K3'];
    const before = await Promise.all(
      codes.map(async (code) => ({
        value: await valueCell(page, code).textContent(),
        status: await statusCell(page, code).textContent(),
      })),
    );

    await typeInto(page, 'D4-K1', 'abc');
    await typeInto(page, 'D4-K2', '-5');
    await typeInto(page, 'D4-K3', '1e999');
    await expect.poll(() => saveStatus(page).textContent()).toContain('3 cells not saved');
    // Past the autosave pause it still does not claim anything was saved.
    await page.waitForTimeout(1000);
    expect(await saveStatus(page).textContent()).not.toContain('All changes saved');
    expect(await page.locator('.entry-save').getAttribute('class')).toContain('entry-save-refused');
    for (const [i, code] of codes.entries()) {
      expect(await statusCell(page, code).textContent()).toBe(before[i]?.status);
      expect(await valueCell(page, code).getAttribute('aria-invalid')).toBe('true');
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-refused-cells');

    for (const code of codes) {
      await valueCell(page, code).click();
      await page.keyboard.press('Escape');
    }
    for (const [i, code] of codes.entries()) {
      expect(await valueCell(page, code).textContent()).toBe(before[i]?.value);
      expect(await valueCell(page, code).getAttribute('aria-invalid')).toBeNull();
    }
    expect(await saveStatus(page).textContent()).not.toContain('not saved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so in Arabic too, without accessibility violations', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, server.url, 'KAP-4');
    await chooseLanguage(page, 'ar');
    await typeInto(page, 'D4-K2', 'abc');
    await expect
      .poll(() => page.locator('.entry-save').getAttribute('class'))
      .toContain('entry-save-refused');
    expect(await saveStatus(page).textContent()).toContain('خلية واحدة غير محفوظة');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-refused-cells-ar');
    await valueCell(page, 'D4-K2').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => valueCell(page, 'D4-K2').getAttribute('aria-invalid')).toBeNull();
    await chooseLanguage(page, 'en'); // the choice is remembered on the planner
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('export -> import round trip', () => {
  it("imports the grid's CSV export back with every row unchanged", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    // One KPI without a figure this quarter, said so in the grid: the reason must make the round trip too.
    await openGrid(page, server.url, 'KAP-4');
    await row(page, 'D4-K3').locator('td.col-noData').click();
    await page.keyboard.type('Survey postponed');
    await page.keyboard.press('Enter');
    await valueCell(page, 'D4-K3').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => saveStatus(page).textContent()).toBe('All changes saved');
    await page.goto(`${server.url}/plans/${PLAN}/entry/KAP-4/2026-Q3/import`);
    const link = page.locator('a[href*="/export?"][href*="format=csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('KAP-4-2026-Q3-values.csv');
    const buffer = fs.readFileSync(await download.path());

    // The file as the browser saved it, under its own name (the name tells the format).
    await page.getByLabel('Spreadsheet to import (XLSX or CSV)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'text/csv',
      buffer,
    });
    const rows = page.getByRole('table', { name: 'Rows to import' });
    await rows.waitFor();
    const total = await rows.locator('tbody tr').count();
    expect(total).toBeGreaterThan(3);
    expect(await rows.locator('tbody tr.import-unchanged').count()).toBe(total);
    for (const count of ['0 new', '0 changed', '0 bad rows', `${total} unchanged`]) {
      expect(await page.getByText(count, { exact: true }).count()).toBe(1);
    }
    expect(await page.locator('table.import-bad').count()).toBe(0);
    expect(await rows.locator('tr', { hasText: 'D4-K3' }).textContent()).toContain(
      'No data: Survey postponed',
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-round-trip');
    expect(errors).toEqual([]);
    await context.close();
  });
});
