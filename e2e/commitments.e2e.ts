// Commitments and actions in a real browser (issue 15): the planner of ITU-D closes a retreat commitment
// from the retreat comparison; the Council still sees it in progress until the reviewer of ITU-D confirms
// it there, then sees it closed. The commitments screen: status counts as a chart and as a table, filters
// in the address, a commitment's progress history, the sheet previewed back unchanged. English and Arabic, desktop and phone, axe clean.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const CODE = 'RET24-3'; // ITU-D, in progress, nothing awaiting confirmation in the demo data

async function retreatRow(page: Page) {
  await page.goto(`${server.url}/plans/SP-2024-2027/compare`);
  const row = page.locator(`.retreat-commitments tr[data-code="${CODE}"]`);
  await row.waitFor();
  return row;
}

describe('commitments', () => {
  it('closes a commitment from the retreat view; the Council sees it closed only once confirmed', async () => {
    const planner = await openPage(browser);
    await signIn(planner.page, server.url, 'planner');
    let row = await retreatRow(planner.page);
    expect(await row.locator('td').nth(2).textContent()).toBe('In progress');
    await row.getByRole('button', { name: `Close ${CODE}` }).click();
    await row.getByLabel(/^Note on closing/).fill('Agreed at the management meeting');
    expect(await accessibilityViolations(planner.page)).toEqual([]);
    await row.getByRole('button', { name: `Close ${CODE}` }).click();
    await row.getByText('Closed (awaiting confirmation)').waitFor();
    expect(planner.errors).toEqual([]);
    await planner.context.close();

    const council = await openPage(browser);
    await signIn(council.page, server.url, 'council');
    row = await retreatRow(council.page);
    expect(await row.locator('td').nth(2).textContent()).toBe('In progress');
    expect(await row.getByRole('button').count()).toBe(0);

    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    const reviewerRow = await retreatRow(reviewer.page);
    await reviewerRow.getByRole('button', { name: `Confirm ${CODE}` }).click();
    await reviewerRow.locator('td').nth(2).getByText('Closed', { exact: true }).waitFor();
    expect(reviewer.errors).toEqual([]);
    await reviewer.context.close();

    row = await retreatRow(council.page);
    expect(await row.locator('td').nth(2).textContent()).toBe('Closed');
    await screenshot(council.page, 'commitments-retreat-council');
    expect(council.errors).toEqual([]);
    await council.context.close();
  });

  it('shows the status counts as a chart and a table, filters in the address, and a progress history', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page, errors } = await openPage(browser, { viewport });
      await signIn(page, server.url, 'council');
      await page.goto(`${server.url}/plans/SP-2024-2027/commitments`);
      await page.getByRole('heading', { name: 'Commitments and actions', level: 1 }).waitFor();
      await page.locator('.commitment-table tbody tr').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `commitments-en-${viewport}`);
      await page.getByRole('button', { name: 'Show as table' }).click();
      await page.getByRole('figure').getByRole('cell', { name: 'In progress' }).waitFor();

      await page.getByLabel('Source').selectOption('foresight');
      await page.waitForURL((url) => url.searchParams.get('source') === 'foresight');
      await page.waitForFunction(() => {
        const rows = [...document.querySelectorAll('.commitment-table tbody tr')];
        return rows.length === 6 && rows.every((tr) => tr.textContent?.includes('Foresight exercise 2025'));
      });
      await page.getByRole('link', { name: 'FS-TL-1' }).click();
      await page.waitForURL((url) => url.searchParams.has('open'));
      await page.getByRole('heading', { name: /^FS-TL-1/ }).waitFor();
      expect(await page.locator('.commitment-detail tbody tr').count()).toBe(3);
      expect(await page.locator('.commitment-form').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);

      await chooseLanguage(page, 'ar');
      await page.getByRole('heading', { name: 'الالتزامات والإجراءات', level: 1 }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `commitments-ar-${viewport}`);
      await page.goto(`${server.url}/plans/SP-2024-2027/compare`);
      await page.locator('.retreat-commitments tbody tr').first().waitFor();
      await screenshot(page, `commitments-retreat-ar-${viewport}`);
      await chooseLanguage(page, 'en');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('lets the focal point preview the downloaded sheet back from the screen: every row unchanged', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.goto(`${server.url}/plans/SP-2024-2027/commitments`);
    const sheet = page.getByRole('region', { name: 'Edit as a spreadsheet' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      sheet.getByRole('link', { name: 'CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('SP-2024-2027-commitments.csv');
    await page.getByLabel('Choose the edited file (XLSX or CSV)').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'text/csv',
      buffer: fs.readFileSync(await download.path()),
    });
    await expect
      .poll(() => page.getByTestId('sheet-counts').textContent())
      .toBe('New: 0 · changed: 0 · unchanged: 15 · bad rows: 0');
    expect(await page.getByRole('button', { name: 'Write the changes' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
