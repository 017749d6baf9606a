// The annual implementation report in a real browser: both roles at desktop and phone width, print,
// Arabic, figures equal to the API's (approved only), and the XLSX and PowerPoint downloads read back.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '@rbm/shared/schemas';
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
async function reportReady(page: Page) {
  await page.locator('#report-goals').waitFor();
}

describe('annual implementation report', () => {
  for (const role of ['council', 'admin']) {
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      it(`reads well for ${role} at ${viewport} width`, async () => {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, role);
        await page.goto(`${server.url}/plans/${PLAN}/reports`);
        // Opens on the latest complete year.
        await page.waitForURL(/\/reports\/2025$/);
        await reportReady(page);
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `report-${role}-${viewport}`);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('shows the approved figures of the API, whatever the role', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/reports/')) requests.push(r.url());
    });
    await page.goto(`${server.url}/plans/${PLAN}/reports/2025`);
    await reportReady(page);
    expect(requests.length).toBeGreaterThan(0);
    for (const url of requests) expect(url).not.toContain('include=');
    const api = await apiJson<AnnualReport>(page, `/api/reports/annual/2025?plan=${PLAN}`);
    expect(api.basis.values).toBe('approved');
    expect(await page.locator('.report-summary [data-figure="score"]').textContent()).toBe(
      percent(api.overall.score),
    );
    expect(await page.locator('.report-summary [data-figure="kpis"]').textContent()).toBe(
      String(api.overall.kpiCount),
    );
    for (const group of [...api.goals, ...api.sectors, ...api.sectors.flatMap((s) => s.priorities)]) {
      const row = page.locator(`.report-table tr[data-code="${group.code}"]`).first();
      const figures = await row.locator('td.numeric').allTextContents();
      expect(figures, group.code).toEqual([
        percent(group.rollUp.score),
        percent(group.rollUp.completeness),
        percent(group.rollUp.timeliness),
        String(group.rollUp.kpiCount),
      ]);
    }
    const offTrack = await page
      .locator('.off-track-kpi')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    expect(offTrack).toEqual(api.offTrack.map((k) => k.code));
    expect(await page.locator('.off-track-kpi').first().textContent()).toContain(
      api.offTrack[0]?.narrative?.challenges ?? '',
    );
    expect(await page.locator('.achievement-list li').count()).toBe(api.achievements.length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints on A4 without navigation or buttons, with a header naming plan, year and date', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/reports/2025`);
    await reportReady(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.app-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).toBe(false);
    const header = page.locator('.report-print-header');
    expect(await header.isVisible()).toBe(true);
    const text = await header.textContent();
    expect(text).toContain('ITU Strategic Plan 2024-2027');
    expect(text).toContain('2025');
    expect(text).toContain('November 23, 2026');
    await screenshot(page, 'report-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the XLSX and PowerPoint files, which read back with the report in them', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/reports/2025`);
    await reportReady(page);
    const api = await apiJson<AnnualReport>(page, `/api/reports/annual/2025?plan=${PLAN}`);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`annual-report-${PLAN}-2025-en.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await xlsx.path()) as string) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Goals',
      'Sectors',
      'Priorities',
      'Off track',
      'Achieved',
      'Achievements',
      'Risk heat map',
      'Top risks',
      'Recommendations',
      'Overdue recommendations',
      'Commitments',
    ]);
    expect(workbook.getWorksheet('Goals')?.getRow(2).getCell(1).value).toBe(api.goals[0]?.code);
    expect(workbook.getWorksheet('Goals')?.getRow(2).getCell(4).value).toBe(api.goals[0]?.rollUp.score);

    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PowerPoint' }).click(),
    ]);
    expect(pptx.suggestedFilename()).toBe(`annual-report-${PLAN}-2025-en.pptx`);
    const zip = await JSZip.loadAsync(fs.readFileSync((await pptx.path()) as string));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    const offTrackSlides = Math.max(1, Math.ceil(api.offTrack.length / 6));
    const achievedSlides = Math.max(1, Math.ceil(api.achieved.length / 10));
    // the registers: heat map, top risks, rates by body, overdue per unit, commitments
    const pages = (rows: number, perSlide: number) => Math.max(1, Math.ceil(rows / perSlide));
    const { risks, recommendations, commitments } = api.registers;
    const registerSlides =
      1 +
      pages(risks.top.length, 8) +
      pages(recommendations.byBody.length + 1, 8) +
      pages(recommendations.overdueByUnit.flatMap((u) => u.items).length, 10) +
      pages(commitments.items.length, 8);
    expect(slides.length).toBe(
      1 + api.goals.length + api.sectors.length + registerSlides + offTrackSlides + achievedSlides,
    );
    expect(charts.length).toBe(api.goals.length + api.sectors.length);
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('Approved figures only');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the Arabic workbook and deck: right to left, Arabic headers and titles, named -ar', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/reports/2025`);
    await chooseLanguage(page, 'ar');
    await reportReady(page);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'تنزيل XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`annual-report-${PLAN}-2025-ar.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await xlsx.path()) as string) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[1]?.name).toBe('الغايات');
    for (const sheet of workbook.worksheets) expect(sheet.views[0]?.rightToLeft, sheet.name).toBe(true);
    const goals = workbook.worksheets[1];
    expect(goals?.getRow(1).getCell(3).value).toBe('الحالة');
    // Status words as the screens write them, never the codes.
    expect(String(goals?.getRow(2).getCell(3).value)).toMatch(/^(★|●|▲|✖|\?|○) [\u0600-\u06FF ]+$/);
    expect(goals?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });

    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'تنزيل PowerPoint' }).click(),
    ]);
    expect(pptx.suggestedFilename()).toBe(`annual-report-${PLAN}-2025-ar.pptx`);
    const zip = await JSZip.loadAsync(fs.readFileSync((await pptx.path()) as string));
    expect(await zip.file('ppt/presentation.xml')?.async('string')).toMatch(/<p:presentation [^>]*rtl="1"/);
    const title = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
    expect(title).toContain('تقرير التنفيذ السنوي 2025');
    expect(title).toContain('الأرقام المعتمدة فقط');
    expect(title).toMatch(/<a:pPr [^>]*rtl="1"[^>]*algn="r"/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no accessibility violation in Arabic', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/reports/2025`);
    await chooseLanguage(page, 'ar');
    await reportReady(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'report-ar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
