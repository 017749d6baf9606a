// The retreat's exports and presentation mode (issue 18, problem 11) in a real browser: the XLSX of an
// explorer and a comparison view read back equals the API's figures for that view (status words in the
// user's language, right to left in Arabic, the language in the file name); the PNG is a real image; the
// presentation moves with the keyboard, leaves with Escape, and passes axe in English and Arabic.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Comparison, Explorer } from '@rbm/shared/schemas';
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

    const png = await download(page, 'تنزيل صورة (PNG)');
    expect(png.name).toBe(`${PLAN}-comparison-priority-${priorities.period}-ar.png`);
    expectPng(png.bytes);
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
