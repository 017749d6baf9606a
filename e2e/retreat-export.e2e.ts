// The retreat's exports and presentation mode (issue 18, problem 11) in a real browser: the XLSX of an
// explorer and a comparison view read back equals the API's figures for that view (status words in the
// user's language, right to left in Arabic, the language in the file name); the PNG is a real image; the
// presentation moves with the keyboard, leaves with Escape, and passes axe in English and Arabic. The decks
// downloaded from the browser: the retreat deck (one slide per Sector) and the annual deck's tables (problem 7).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scoreBand, STATUS_TINTS } from '@rbm/shared/rbm';
import type { AnnualReport, Comparison, Explorer, Outlook } from '@rbm/shared/schemas';
import ar from '../client/src/locales/ar.json';
import en from '../client/src/locales/en.json';
import { formatNumber } from '../client/src/lib/format.ts';
import {
  accessibilityViolations,
  chooseLanguage,
  ARTIFACTS,
  openPage,
  signIn,
  type ViewportName,
} from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const PLAN = 'SP-2024-2027';
const STATUS_WORDS = { en: en.status, ar: ar.status } as const;

async function download(page: Page, button: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path()) as string) };
}

async function downloadLink(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path()) as string) };
}

/** A deck's slides, in order, as XML. */
async function slidesOf(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

const textsOf = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));

/** The rows of a slide's tables, each as its cells' texts. */
const tableRows = (xml: string) =>
  [...xml.matchAll(/<a:tr[ >]([\s\S]*?)<\/a:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<a:tc[ >]([\s\S]*?)<\/a:tc>/g)].map((tc) => textsOf(tc[1] ?? '').join('')),
  );

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The rows of a sheet under its header row (the first row whose first cells are the headers given). */
function rowsUnder(sheet: ExcelJS.Worksheet, firstHeader: string): unknown[][] {
  const rows: unknown[][] = [];
  let found = false;
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (found) rows.push(values);
    else if (values[0] === firstHeader) found = true;
  });
  expect(found).toBe(true);
  return rows;
}

const close = (a: unknown, b: number | null) =>
  b === null ? expect(a ?? null).toBeNull() : expect(a as number).toBeCloseTo(b, 10);

describe('Retreat exports', () => {
  it("explorer: the XLSX of the view in the address equals the API's approved figures, in English", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/explorer?view=sector&sector=ITU-D&period=2026-Q2`);
    await page.getByRole('button', { name: 'Download XLSX' }).waitFor();
    const { name, bytes } = await download(page, 'Download XLSX');
    // the period of the view on screen (the address's): the file name carries it
    const period = /-(\d{4}-Q[1-4])-en\.xlsx$/.exec(name)![1]!;
    const api = (await (
      await page.request.get(
        `${server.url}/api/explorer?plan=${PLAN}&view=sector&sector=ITU-D&period=${period}&lang=en`,
      )
    ).json()) as Explorer;
    expect(api.basis.values).toBe('approved');
    expect(name).toBe(`${PLAN}-explorer-${api.period}-en.xlsx`);
    const workbook = await workbookOf(bytes);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.views[0]?.rightToLeft ?? false).toBe(false);
    const rows = rowsUnder(sheet, 'Level');
    const priorities = api.roots.flatMap((root) => root.priorities);
    for (const priority of priorities) {
      const row = rows.find((r) => r[1] === priority.code)!;
      expect(row[3]).toBe(STATUS_WORDS.en[priority.rollUp.status]);
      close(row[4], priority.rollUp.score);
      close(row[5], priority.rollUp.completeness);
      expect(row[7]).toBe(priority.rollUp.kpiCount);
    }
    expect(priorities.some((p) => p.rollUp.score !== null)).toBe(true);
    const kpis = priorities.flatMap((p) => [...p.kpis, ...p.outcomes.flatMap((o) => o.kpis)]);
    expect(kpis.length).toBeGreaterThan(0);
    for (const kpi of kpis)
      expect(rows.some((r) => r[1] === kpi.code && r[3] === STATUS_WORDS.en[kpi.rollUp.status])).toBe(true);
    await page.getByText(`${name} downloaded.`).waitFor();

    const png = await download(page, 'Download image (PNG)');
    expect(png.name).toBe(`${PLAN}-explorer-${api.period}-en.png`);
    expectPng(png.bytes);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("compare: the Arabic XLSX is right to left, in Arabic, and equals the API's figures for the view", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await chooseLanguage(page, 'ar');
    await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2&rows=priority&rank=completeness`);
    await page.getByRole('button', { name: 'تنزيل XLSX' }).waitFor();
    const { name, bytes } = await download(page, 'تنزيل XLSX');
    const period = /-(\d{4}-Q[1-4])-ar\.xlsx$/.exec(name)![1]!;
    const get = async (by: string) =>
      (await (
        await page.request.get(`${server.url}/api/compare?plan=${PLAN}&by=${by}&period=${period}&lang=ar`)
      ).json()) as Comparison;
    const [priorities, regions] = [await get('priority'), await get('region')];
    expect(name).toBe(`${PLAN}-comparison-priority-${priorities.period}-ar.xlsx`);
    const workbook = await workbookOf(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'الأولويات المواضيعية',
      'الخريطة الحرارية',
      'المناطق',
      'المخاطر والتوصيات',
    ]);
    for (const sheet of workbook.worksheets) expect(sheet.views[0]?.rightToLeft).toBe(true);
    const ranking = rowsUnder(workbook.worksheets[0]!, 'المرتبة');
    expect(ranking.map((r) => r[1]).sort()).toEqual(priorities.groups.map((g) => g.code).sort());
    for (const group of priorities.groups) {
      const row = ranking.find((r) => r[1] === group.code)!;
      expect(row[3]).toBe(STATUS_WORDS.ar[group.rollUp.status]);
      close(row[4], group.rollUp.score);
      close(row[5], group.rollUp.completeness);
    }
    // ranked by completeness, as the address asks: the ranked rows' completeness never rises
    const ranked = ranking.filter((r) => typeof r[0] === 'number');
    expect(ranked.length).toBeGreaterThan(2);
    const shares = ranked.map((r) => r[5] as number);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
    const heat = rowsUnder(workbook.worksheets[1]!, 'الرمز');
    for (const row of priorities.heatmap.rows) {
      const line = heat.find((r) => r[0] === row.code)!;
      row.cells.forEach((cell, i) => close(line[2 + i], cell.score));
    }
    const regionRows = rowsUnder(workbook.worksheets[2]!, 'المرتبة');
    expect(regionRows.map((r) => r[1]).sort()).toEqual(regions.groups.map((g) => g.code).sort());
    // each Sector's confirmed risks and recommendations, as the API counts them
    const registerRows = rowsUnder(workbook.worksheets[3]!, 'القطاعات');
    expect(priorities.registers.length).toBeGreaterThan(0);
    expect(registerRows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual(
      priorities.registers.map((r) => [
        r.sector,
        r.risksAboveAppetite,
        r.recommendationsOpen,
        r.recommendationsOverdue,
      ]),
    );

    const png = await download(page, 'تنزيل صورة (PNG)');
    expect(png.name).toBe(`${PLAN}-comparison-priority-${priorities.period}-ar.png`);
    expectPng(png.bytes);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Decks (issue 18: a better deck, problem 7)', () => {
  it('compare: the retreat deck downloads in Arabic, right to left, one slide per Sector with its heatmap row and forecasts', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await chooseLanguage(page, 'ar');
    await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q2`);
    const { name, bytes } = await downloadLink(page, 'تنزيل عرض الخلوة التقديمي (PowerPoint)');
    expect(name).toBe(`${PLAN}-retreat-2026-Q2-ar.pptx`);
    const api = async <T>(url: string) => (await (await page.request.get(`${server.url}${url}`)).json()) as T;
    const sectors = await api<Comparison>(`/api/compare?plan=${PLAN}&by=sector&period=2026-Q2&lang=ar`);
    const outlook = await api<Outlook>(`/api/outlook?plan=${PLAN}&lang=ar`);
    expect(sectors.basis.values).toBe('approved');
    const slides = await slidesOf(bytes);
    expect(textsOf(slides[0]!)).toContain('مقارنة للخلوة');
    for (const row of sectors.heatmap.rows) {
      const slide = slides.find((s) => textsOf(s)[0]?.startsWith(`القطاع ${row.code}`));
      expect(slide, row.code).toBeDefined();
      expect(slide).toMatch(/<a:pPr[^>]*rtl="1"/);
      // the heatmap row in the screen's tints (shared status style), one cell per quarter
      for (const cell of row.cells) {
        const band = scoreBand(cell.score, sectors.thresholds, cell.status);
        expect(slide).toContain(`<a:srgbClr val="${STATUS_TINTS[band].slice(1).toUpperCase()}"/>`);
      }
      const rows = tableRows(slide!);
      expect(rows[0]?.length).toBe(row.cells.length);
      // the forecast table: its KPIs, first column rightmost (reading order)
      const first = outlook.rows.find((r) => r.sector === row.code);
      if (first) expect(rows.find((r) => r.at(-1) === first.code)).toBeDefined();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('annual report: the PowerPoint from the browser has off-track tables with actual, expected and target, whole-number count axes and an achievements slide', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    // the language is kept per user: the test before chose Arabic for the council
    await chooseLanguage(page, 'en');
    await page.goto(`${server.url}/plans/${PLAN}/reports/2025`);
    const { name, bytes } = await downloadLink(page, 'Download PowerPoint');
    expect(name).toBe(`annual-report-${PLAN}-2025-en.pptx`);
    const report = (await (
      await page.request.get(`${server.url}/api/reports/annual/2025?plan=${PLAN}&lang=en`)
    ).json()) as AnnualReport;
    expect(report.offTrack.length).toBeGreaterThan(0);
    expect(report.achieved.length).toBeGreaterThan(0);
    const slides = await slidesOf(bytes);
    const offTrack = slides.filter((s) => textsOf(s)[0]?.startsWith('KPIs off track in 2025'));
    expect(offTrack.length).toBeGreaterThan(0);
    const rows = offTrack.flatMap(tableRows);
    expect(rows[0]?.slice(3, 6)).toEqual(['Actual', 'Expected', 'Target 2025']);
    const figure = (text: string) => Number(text.replace(/[,%]/g, ''));
    for (const k of report.offTrack) {
      const row = rows.find((r) => r[0] === k.code);
      expect(row, k.code).toBeDefined();
      // as written: counts whole, percentages to one decimal, other figures to two
      const tolerance = k.unit === 'count' ? 0.5 : k.unit === 'percent' ? 0.051 : 0.0051;
      [k.actual, k.expected, k.target].forEach((value, i) => {
        if (value === null) expect(row![3 + i]).toBe('–');
        else
          expect(Math.abs(figure(row![3 + i]!) - value), `${k.code} column ${i}`).toBeLessThanOrEqual(
            tolerance,
          );
      });
    }
    const achieved = slides.filter((s) =>
      textsOf(s)[0]?.startsWith('KPIs that reached their target in 2025'),
    );
    expect(achieved.length).toBeGreaterThan(0);
    const achievedCodes = achieved.flatMap(tableRows).map((r) => r[0]);
    for (const k of report.achieved) expect(achievedCodes).toContain(k.code);
    // counts step by whole numbers in every chart that has a value axis
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    for (const chart of charts) {
      const xml = await zip.file(chart)!.async('string');
      for (const unit of xml.matchAll(/<c:majorUnit val="([^"]+)"\/>/g))
        expect(Number.isInteger(Number(unit[1]))).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

function expectPng(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(10_000);
  // IHDR: width and height (drawn at twice the size for sharpness)
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(300);
}

describe('Presentation mode', () => {
  const cases = [
    {
      language: 'en',
      viewport: 'desktop',
      path: 'compare',
      present: 'Present',
      next: 'ArrowRight',
      back: 'ArrowLeft',
      slide: 'Slide',
    },
    {
      language: 'ar',
      viewport: 'phone',
      path: 'compare',
      present: 'تقديم',
      next: 'ArrowLeft',
      back: 'ArrowRight',
      slide: 'الشريحة',
    },
    {
      language: 'ar',
      viewport: 'desktop',
      path: 'explorer?view=sector',
      present: 'تقديم',
      next: 'ArrowLeft',
      back: 'ArrowRight',
      slide: 'الشريحة',
    },
    {
      language: 'en',
      viewport: 'phone',
      path: 'explorer',
      present: 'Present',
      next: 'ArrowRight',
      back: 'ArrowLeft',
      slide: 'Slide',
    },
  ] as const;
  for (const c of cases)
    it(`${c.path} in ${c.language} at ${c.viewport} width: keyboard, Escape, focus back, axe clean`, async () => {
      const { context, page, errors } = await openPage(browser, { viewport: c.viewport as ViewportName });
      await signIn(page, server.url, 'council');
      await chooseLanguage(page, c.language);
      await page.goto(`${server.url}/plans/${PLAN}/${c.path}`);
      const present = page.getByRole('button', { name: c.present, exact: true });
      await present.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('dialog');
      const position = dialog.locator('.presentation-position');
      const heading = dialog.getByRole('heading', { level: 2 });
      expect(await position.textContent()).toContain(`${c.slide} ${formatNumber(1, c.language)} `);
      const first = await heading.textContent();
      await page.keyboard.press(c.next);
      expect(await position.textContent()).toContain(`${c.slide} ${formatNumber(2, c.language)} `);
      expect(await heading.textContent()).not.toBe(first);
      expect(await accessibilityViolations(page)).toEqual([]);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({
        path: path.join(ARTIFACTS, `present-${c.path.split('?')[0]}-${c.language}-${c.viewport}.png`),
      });
      await page.keyboard.press(c.back);
      expect(await heading.textContent()).toBe(first);
      await page.keyboard.press('End');
      await page.keyboard.press('PageUp');
      await page.keyboard.press('PageDown');
      expect(await dialog.locator('button[aria-disabled="true"]').count()).toBe(1);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(c.present);
      expect(await page.evaluate(() => document.getElementById('root')?.hasAttribute('inert'))).toBe(false);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
});
