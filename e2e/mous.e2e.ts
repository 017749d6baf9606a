// The MoU register in a real browser (issue 15): a focal point of ITU-D records a MoU and changes it, the
// reviewer of ITU-D confirms each version, and the Council only ever sees the confirmed one; the sheet
// downloaded from the screen previews back with every row unchanged. English and Arabic, 1440 and 390 px,
// axe clean.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  widerThanScreen,
} from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const PLAN = 'SP-2024-2027';

async function as(username: string, viewport: 'desktop' | 'phone' = 'desktop') {
  const opened = await openPage(browser, { viewport });
  await signIn(opened.page, server.url, username);
  return opened;
}

async function openList(page: Page) {
  await page.getByRole('link', { name: 'MoUs', exact: true }).click();
  await page.getByRole('heading', { name: 'MoU register', level: 1 }).waitFor();
  await page.locator('.mou-table tbody tr').first().waitFor();
}

async function openMou(page: Page, code: string) {
  await page.goto(`${server.url}/plans/${PLAN}/mous`);
  await page.locator('.mou-table tbody tr').first().waitFor();
  await page.getByRole('link', { name: code, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: new RegExp(code) }).waitFor();
}

const confirmIt = async (code: string) => {
  const { context, page, errors } = await as('reviewer');
  await openMou(page, code);
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();
  await expect.poll(() => page.getByTestId('mou-state').textContent()).toContain('Confirmed by');
  expect(errors).toEqual([]);
  await context.close();
};

describe('MoU register', () => {
  it('keeps each change from the Council until the reviewer confirms it', async () => {
    const planner = await as('planner');
    let page = planner.page;
    await openList(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Record a MoU' }).click();
    await page.getByLabel('Code', { exact: true }).fill('MOU-E2E');
    await page.getByLabel('Partner', { exact: true }).fill('Browser test partner');
    await page.getByLabel('Signed', { exact: true }).fill('2026-03-02');
    await page.getByLabel('Expires', { exact: true }).fill('2027-01-31');
    await page.getByLabel('Financial implications', { exact: true }).fill('25000');
    await page.getByLabel('Currency', { exact: true }).fill('CHF');
    await page.getByLabel('Status', { exact: true }).selectOption('active');
    await page.getByLabel('Owner unit', { exact: true }).fill('ITU-D');
    await page.getByLabel('Region', { exact: true }).fill('AFR');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('heading', { level: 1, name: /MOU-E2E/ }).waitFor();
    expect(await page.getByTestId('mou-state').textContent()).toContain('Awaiting confirmation');
    // expires within 90 days of the suite's today: warned on its page
    expect(await page.locator('.mou-expiry').textContent()).toContain('expires soon');

    const council = await as('council');
    await openList(council.page);
    expect(await council.page.getByRole('link', { name: 'MOU-E2E' }).count()).toBe(0);

    await confirmIt('MOU-E2E');
    await page.reload();
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Partner', { exact: true }).fill('Renamed browser partner');
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('heading', { level: 1, name: /Renamed browser partner/ }).waitFor();
    expect(await page.getByTestId('mou-state').textContent()).toContain('Awaiting confirmation');
    const history = page.getByRole('table', { name: 'History' });
    expect(await history.textContent()).toContain('Browser test partner');
    expect(await history.textContent()).toContain('Renamed browser partner');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'mous-detail-planner');

    // the Council reads the version last confirmed, in the list, on its page and in its history
    page = council.page;
    await openMou(page, 'MOU-E2E');
    expect(await page.locator('h1').textContent()).toContain('Browser test partner');
    expect(await page.getByTestId('mou-state').textContent()).toContain('Confirmed by');
    expect(await page.getByRole('table', { name: 'History' }).textContent()).not.toContain('Renamed');
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    await page.goto(`${server.url}/plans/${PLAN}/mous?sector=ITU-D`);
    await page.locator('.mou-table tbody tr').first().waitFor();
    expect(await page.locator('.mou-table').textContent()).not.toContain('Renamed browser partner');
    expect(await page.locator('.mou-table').textContent()).not.toContain('awaiting confirmation');

    await confirmIt('MOU-E2E');
    await page.reload();
    await page.locator('.mou-table tbody tr').first().waitFor();
    expect(await page.locator('.mou-table').textContent()).toContain('Renamed browser partner');
    expect(council.errors).toEqual([]);
    expect(planner.errors).toEqual([]);
    await council.context.close();
    await planner.context.close();
  });

  it('previews its own export back with every row unchanged', async () => {
    const { context, page, errors } = await as('planner');
    await openList(page);
    const rows = await page.locator('.mou-table tbody tr').count();
    const sheet = page.getByRole('region', { name: 'Edit as a spreadsheet' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sheet.getByRole('link', { name: 'XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${PLAN}-mous.xlsx`);
    const buffer = fs.readFileSync(await download.path());
    await page.getByLabel('Choose the edited file (XLSX or CSV)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect
      .poll(() => page.getByTestId('sheet-counts').textContent())
      .toBe(`New: 0 · changed: 0 · unchanged: ${rows} · bad rows: 0`);
    expect(await page.getByRole('button', { name: 'Write the changes' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in English and Arabic at 1440 and 390 px: warnings, counts as a table, no sideways scroll', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page, errors } = await as('planner', viewport);
      await page.goto(`${server.url}/plans/${PLAN}/mous`);
      await page.locator('.mou-table tbody tr').first().waitFor();
      expect(await page.locator('.mou-warnings li').count()).toBeGreaterThan(0);
      await page.locator('select[name="expiring"]').selectOption('true');
      await page.waitForURL((url) => url.searchParams.get('expiring') === 'true');
      await page.locator('.mou-table tbody tr').first().waitFor();
      expect(await widerThanScreen(page)).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `mous-en-${viewport}`);
      await page.getByRole('button', { name: 'Show as table' }).first().click();
      await page.locator('.chart-panel table').first().waitFor();
      await chooseLanguage(page, 'ar');
      await page.getByRole('heading', { name: 'سجل مذكرات التفاهم', level: 1 }).waitFor();
      expect(await widerThanScreen(page)).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `mous-ar-${viewport}`);
      await page.locator('.mou-table tbody a').first().click();
      await page.locator('.mou-history, .mou-history-empty').first().waitFor();
      expect(await widerThanScreen(page)).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `mou-detail-ar-${viewport}`);
      await chooseLanguage(page, 'en');
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
