// The units' activities in a real browser (issue 16): a planner of ITU-D opens the activities from the themes
// screen, filters by theme (kept in the address), sees the overlap flags, exports the activities and imports
// the file back: the preview shows every row unchanged and offers nothing to write. English and Arabic, axe
// clean, 1440 and 390 px.
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

describe('activities', () => {
  it('filters by theme, flags overlaps, and imports an export back as no change', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.getByRole('link', { name: 'Themes', exact: true }).click();
    await page.getByRole('heading', { name: 'Intersectoral themes', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Activities', exact: true }).click();
    await page.getByRole('heading', { name: 'Activities on the themes', level: 1 }).waitFor();
    const rows = page.locator('.activity-table tbody tr');
    await rows.first().waitFor();
    const total = await page.evaluate(
      async () => ((await (await fetch('/api/activities')).json()) as { items: unknown[] }).items.length,
    );
    expect(await rows.count()).toBe(total);
    expect(await page.locator('.activity-table .badge-overlap').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'activities');

    await page.getByLabel('Theme').selectOption('GEN');
    await page.waitForURL((url) => url.searchParams.get('theme') === 'GEN');
    await page.waitForFunction(
      (all) => document.querySelectorAll('.activity-table tbody tr').length < all,
      total,
    );
    const themes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-themes') ?? ''));
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.every((t) => t.split(' ').includes('GEN'))).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('activities.xlsx');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-activities-')), 'activities.xlsx');
    await download.saveAs(file);
    await page.locator('#activity-import-file').setInputFiles(file);
    const counts = page.locator('.activity-preview-counts');
    await counts.waitFor();
    expect(await counts.textContent()).toContain(`0 new, 0 changed, ${total} unchanged, 0 bad rows.`);
    expect(await page.getByRole('button', { name: /Write 0 activities/ }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'activities-preview');

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { name: 'الأنشطة المتعلقة بالمواضيع', level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'activities-ar');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'activities-ar-390');
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Activities on the themes', level: 1 }).waitFor();
    await screenshot(page, 'activities-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});
