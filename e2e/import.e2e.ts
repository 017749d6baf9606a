// Importing a spreadsheet in a real browser: the preview lists every bad row with its reason and writes
// nothing; confirming writes the valid rows as drafts and leaves approved values alone. Accessible in
// English and Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReviewDetail } from '@rbm/shared/schemas';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

const PLAN = 'SP-2024-2027';
let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

async function quarter(page: Page, period: string): Promise<ReviewDetail> {
  const res = await page.request.get(`${server.url}/api/reviews/KAP-4/${period}?plan=${PLAN}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ReviewDetail;
}

const valueOf = (review: ReviewDetail, code: string) => review.kpis.find((k) => k.code === code);

const CSV = [
  'KPI code,KPI name,Period,Region,Value,Note',
  'D4-K3,New partnership agreements signed,2026-Q3,,21,Two signed at WTDC', // changed
  'D4-K2,Partner2Connect pledges,2026-Q3,,66.5,', // changed
  'D9-K9,Unknown,2026-Q3,,4,', // unknown KPI
  'D4-K1,Resources,2026-Q3,,a lot,', // not a number
  'D4-K3,New partnership agreements signed,2026-Q2,,30,', // another quarter (approved)
  'D5-K1,Not this priority,2026-Q3,,3,', // another priority's KPI
].join('\n');

async function upload(page: Page, csv: string) {
  await page.getByLabel('Spreadsheet to import (XLSX or CSV)').setInputFiles({
    name: 'kap4-values.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
}

describe('import', () => {
  it('previews every bad row with its reason, writes nothing, then writes the valid rows as drafts', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    const before = await quarter(page, '2026-Q3');
    const approvedBefore = await quarter(page, '2026-Q2');
    await page.goto(`${server.url}/plans/${PLAN}/entry/KAP-4/2026-Q3/import`);
    await page.getByText('An import overwrites draft values and never touches approved ones.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await upload(page, CSV);
    const bad = page.getByRole('table', { name: 'Bad rows (not imported), with the reason' });
    await bad.waitFor();
    const badText = (await bad.textContent()) ?? '';
    for (const reason of [
      'No KPI has this code.',
      'The value is not a number.',
      'The period is not the quarter of this import.',
      'This KPI belongs to another thematic priority.',
    ]) {
      expect(badText).toContain(reason);
    }
    expect(await bad.locator('tbody tr').count()).toBe(4);
    expect(await page.getByText('4 bad rows').count()).toBe(1);
    // Nothing is written before confirming.
    expect(await quarter(page, '2026-Q3')).toEqual(before);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-preview');

    await page.getByRole('button', { name: 'Import 2 valid rows' }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContain('Import done: 0 values created and 2 updated as drafts; 4 bad rows skipped.');
    const after = await quarter(page, '2026-Q3');
    expect(valueOf(after, 'D4-K3')).toMatchObject({ value: 21, state: 'draft', note: 'Two signed at WTDC' });
    expect(valueOf(after, 'D4-K2')).toMatchObject({ value: 66.5, state: 'draft' });
    expect(valueOf(after, 'D4-K1')?.value).toBe(valueOf(before, 'D4-K1')?.value);
    expect(await quarter(page, '2026-Q2')).toEqual(approvedBefore);
    await page.getByRole('link', { name: 'Back to the entry grid' }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no accessibility violations in Arabic, with a preview shown', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.goto(`${server.url}/plans/${PLAN}/entry/KAP-4/2026-Q3/import`);
    await chooseLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('#import-file').setInputFiles({
      name: 'kap4-values.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV.replace('21', '22')),
    });
    await page.locator('table.import-bad').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'import-preview-ar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
