// Intersectoral themes in a real browser (issue 16): the theme coordinator (the demo reviewer) opens the
// themes x units heatmap, reads it as a table (KPI codes link to KPI pages), follows a theme's open duplicate
// candidates to the radar, marks the first pair as joint work with a note, and the theme's count drops.
// English and Arabic, axe clean. The Council reads the Resolution 59 report (figures equal to the API's),
// prints it, and downloads it as XLSX and PowerPoint in English and Arabic (the files read back).
import fs from 'node:fs';
import type { ThemeReport } from '@rbm/shared/schemas';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  showAllTables,
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

/** The open candidates the table shows for a theme. */
async function openCount(page: Page, theme: string): Promise<number> {
  const cell = page.locator(`tr[data-theme="${theme}"] [data-open-candidates]`);
  await cell.waitFor();
  return Number(await cell.getAttribute('data-open-candidates'));
}

describe('intersectoral themes', () => {
  it('lets a coordinator follow an open candidate from the matrix, mark it joint work, and see the count drop', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await page.getByRole('link', { name: 'Themes', exact: true }).click();
    await page.getByRole('heading', { name: 'Intersectoral themes', level: 1 }).waitFor();
    await page.locator('.theme-heat tbody tr').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'themes-matrix');

    await page.getByRole('button', { name: 'Show as table' }).click();
    expect(await page.locator('tr[data-theme="BSG"] a[href$="/kpis/TB-K1"]').count()).toBe(1);
    const before = await openCount(page, 'GEN');
    expect(before).toBeGreaterThan(0);
    await page.locator('tr[data-theme="GEN"] a[data-open-candidates]').click();
    await page.waitForURL(
      (url) => url.pathname.endsWith('/themes/radar') && url.searchParams.get('theme') === 'GEN',
    );
    await page.getByRole('heading', { name: 'Duplication radar: GEN', level: 1 }).waitFor();
    const first = page.locator('.radar-candidate').first();
    await first.waitFor();
    const pair = await first.getAttribute('data-pair');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'themes-radar');

    await first.getByLabel('Joint work').check();
    await first.getByLabel('Note (why)').fill('One celebration, run together from now on');
    await first.getByRole('button', { name: 'Save the decision' }).click();
    await page.waitForFunction(
      (p) =>
        ![...document.querySelectorAll('.radar-candidate')].some((a) => a.getAttribute('data-pair') === p),
      pair,
    );

    await page.getByRole('link', { name: 'Back to the themes' }).click();
    await page.getByRole('button', { name: 'Show as table' }).click();
    await page.waitForFunction(
      (n) =>
        document
          .querySelector('tr[data-theme="GEN"] [data-open-candidates]')
          ?.getAttribute('data-open-candidates') === String(n),
      before - 1,
    );
    expect(await openCount(page, 'GEN')).toBe(before - 1);

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { name: 'المواضيع المشتركة بين القطاعات', level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'themes-matrix-ar');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'themes-matrix-ar-390');
    await chooseLanguage(page, 'en');
    await page.getByRole('heading', { name: 'Intersectoral themes', level: 1 }).waitFor();
    await screenshot(page, 'themes-matrix-390');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the Council the Resolution 59 report, printable, and downloads it in English and Arabic', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.getByRole('link', { name: 'Themes', exact: true }).click();
    await page.getByRole('link', { name: 'Resolution 59 report' }).click();
    await page.getByRole('heading', { name: /^Resolution 59 report 2025/, level: 1 }).waitFor();
    await page.locator('.r59-toolbar select').selectOption('2026');
    await page
      .getByRole('heading', { name: /^Resolution 59 report 2026: intersectoral coordination/, level: 1 })
      .waitFor();
    await page.locator('.r59[data-state="ready"]').waitFor();
    const api = (await page.evaluate(async () =>
      (await fetch('/api/reports/intersectoral/2026?plan=SP-2024-2027')).json(),
    )) as ThemeReport;
    expect(api.basis.values).toBe('approved');
    expect(await page.locator('table.r59-theme').count()).toBe(api.themes.length);
    for (const d of ['joint_work', 'duplicate', 'unrelated'] as const) {
      expect(await page.locator(`[data-decision="${d}"]`).textContent(), d).toBe(
        String(api.duplicates.counts[d]),
      );
    }
    expect(await page.locator('[data-open]').textContent()).toBe(String(api.duplicates.open));
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'themes-report');
    await showAllTables(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.app-nav').isVisible()).toBe(false);
    expect(await page.locator('.r59-print-header').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });

    const download = async (name: string): Promise<[string, Buffer]> => {
      const [file]: [Download, void] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name }).click(),
      ]);
      return [file.suggestedFilename(), fs.readFileSync((await file.path()) as string)];
    };
    const workbookOf = async (bytes: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return workbook;
    };
    const [xlsxName, xlsx] = await download('Download XLSX');
    expect(xlsxName).toBe('resolution-59-report-SP-2024-2027-2026-en.xlsx');
    const english = await workbookOf(xlsx);
    expect(english.worksheets[0]?.getCell('A2').value).toBe(
      'Resolution 59 report 2026: intersectoral coordination',
    );
    expect(english.worksheets[1]?.name).toBe('Themes by unit');
    const [pptxName, pptx] = await download('Download PowerPoint');
    expect(pptxName).toBe('resolution-59-report-SP-2024-2027-2026-en.pptx');
    const deck = await JSZip.loadAsync(pptx);
    expect(await deck.file('ppt/slides/slide1.xml')?.async('string')).toContain('Approved figures only');

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { name: /^تقرير القرار 59 لعام 2026/, level: 1 }).waitFor();
    await page.locator('.r59[data-state="ready"]').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'themes-report-ar');
    const [arName, arXlsx] = await download('تنزيل XLSX');
    expect(arName).toBe('resolution-59-report-SP-2024-2027-2026-ar.xlsx');
    const arabic = await workbookOf(arXlsx);
    expect(arabic.worksheets[0]?.getCell('A2').value).toBe('تقرير القرار 59 لعام 2026: التنسيق بين القطاعات');
    for (const sheet of arabic.worksheets) expect(sheet.views[0]?.rightToLeft, sheet.name).toBe(true);
    const [arPptxName, arPptx] = await download('تنزيل PowerPoint');
    expect(arPptxName).toBe('resolution-59-report-SP-2024-2027-2026-ar.pptx');
    const arDeck = await JSZip.loadAsync(arPptx);
    expect(await arDeck.file('ppt/presentation.xml')?.async('string')).toMatch(
      /<p:presentation [^>]*rtl="1"/,
    );

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await widerThanScreen(page)).toEqual([]);
    // nothing widens the page (a visually hidden text inside a scrolling table once did, in Arabic)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'themes-report-ar-390');
    await chooseLanguage(page, 'en');
    await page.locator('.r59[data-state="ready"]').waitFor();
    expect(await widerThanScreen(page)).toEqual([]);
    await screenshot(page, 'themes-report-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});
