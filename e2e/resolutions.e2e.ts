// Resolution mapping in a real browser (issue 16): a theme coordinator (the demo reviewer) filters the
// mapping by conference and Sector (kept in the address), edits a resolution's responsible entity, exports
// the mapping and imports the file back: the preview shows no change and offers nothing to write.
// English and Arabic, axe clean, 1440 and 390 px.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

describe('resolution mapping', () => {
  it('filters by conference and Sector, lets a coordinator edit one, and imports an export back as no change', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await page.getByRole('link', { name: 'Resolutions', exact: true }).click();
    await page.getByRole('heading', { name: 'Resolution mapping', level: 1 }).waitFor();
    const rows = page.locator('.resolution-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(30);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'resolutions');

    await page.getByLabel('Conference').selectOption('WTDC');
    await page.waitForURL((url) => url.searchParams.get('conference') === 'WTDC');
    await page.getByLabel('Responsible in').selectOption('ITU-T');
    await page.waitForURL((url) => url.searchParams.get('sector') === 'ITU-T');
    await page.waitForFunction(() => document.querySelectorAll('.resolution-table tbody tr').length === 3);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-resolution')));
    expect(shown.sort()).toEqual(['WTDC 34', 'WTDC 45', 'WTDC 58']);
    // the themes and priorities are links
    const row58 = page.locator('tr[data-resolution="WTDC 58"]');
    expect(await row58.locator('a[href$="/themes?theme=ACC"]').count()).toBe(1);
    expect(await row58.locator('a[href*="/explorer?view=sector&open=KAP-5"]').count()).toBe(1);

    await row58.getByRole('link', { name: 'Edit WTDC Resolution 58' }).click();
    await page.waitForURL((url) => url.searchParams.get('edit') !== null);
    await page.getByRole('heading', { name: 'Edit WTDC Resolution 58', level: 2 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'resolutions-edit');
    await page.locator('#resolution-entity-GS').fill('Accessibility task force');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('#resolution-form-heading') === null);
    expect(await row58.locator('td').nth(3).textContent()).toBe('Accessibility task force');
    expect(new URL(page.url()).searchParams.get('sector')).toBe('ITU-T');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('resolution-mapping.xlsx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-resolutions-')), 'mapping.xlsx');
    await download.saveAs(file);
    await page.locator('#resolution-import-file').setInputFiles(file);
    const counts = page.locator('.resolution-preview-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toContain('0 new, 0 changed, 30 unchanged, 0 bad rows.');
    expect(await page.getByRole('button', { name: /Write the changes/ }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${server.url}${new URL(page.url()).pathname}`);
    await rows.first().waitFor();
    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { name: 'خريطة القرارات', level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'resolutions-ar');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'resolutions-ar-390');
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Resolution mapping', level: 1 }).waitFor();
    await screenshot(page, 'resolutions-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});
