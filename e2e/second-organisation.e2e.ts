// A second organisation on its own instance, with no code change: a server started without the ITU plans
// (RBM_SHIPPED_FRAMEWORKS=false, one administrator as `npm run user:create` makes it), the example framework
// of a fictional UN agency (fixtures/frameworks/examples/UNAWS-SP-2026-2029.json, English and French) loaded
// through the import screen; then a planner of one of its priorities enters and submits a quarter, a reviewer
// approves it, and a Council member reads the overview, the explorer and the annual report (approved figures
// only, before and after the approval) in English and French and downloads the report's XLSX and PowerPoint.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnnualReport, FrameworkDocument, KpiList } from '@rbm/shared/schemas';
import { REPO_ROOT } from '../server/src/config.ts';
import { SYSTEM_ACTOR } from '../server/src/lib/actor.ts';
import { createUser } from '../server/src/modules/users/users.service.ts';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  widerThanScreen,
} from './support/browser.ts';
import { valueCell } from './support/entry-grid.ts';
import { apiJson } from './support/page-data.ts';
import { browserSuite } from './support/suite.ts';
import { E2E_NOW, FIRST_ADMIN, type TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
browserSuite(
  (s, b) => {
    [server, browser] = [s, b];
  },
  { shippedFrameworks: false },
);

const FILE = path.join(REPO_ROOT, 'fixtures', 'frameworks', 'examples', 'UNAWS-SP-2026-2029.json');
const AGENCY: FrameworkDocument = JSON.parse(fs.readFileSync(FILE, 'utf8')) as FrameworkDocument;
const PLAN = AGENCY.plan.code;
const PASSWORD = 'water for every village 2026';
/** What the planner of WP-1 (Rural water supply) reports for 2026-Q3. */
const ENTERED = { 'W1-K1': '320', 'W1-K2': '95', 'W1-K3': '88' } as const;
const WAIT = { timeout: 30_000 };

async function councilSees(page: Page, code: string): Promise<number | null> {
  const list = await apiJson<KpiList>(page, `/api/kpis?plan=${PLAN}`);
  return list.items.find((k) => k.code === code)?.latest?.actual ?? null;
}

async function addUsers() {
  const ctx = { db: server.db, now: E2E_NOW, actor: SYSTEM_ACTOR };
  const scope = { sectors: [], priorities: ['WP-1'] };
  await createUser(ctx, {
    username: 'amina',
    displayName: 'Amina Planner, Water Programme',
    role: 'planner',
    password: PASSWORD,
    scope,
  });
  await createUser(ctx, {
    username: 'bruno',
    displayName: 'Bruno Reviewer, Water Programme',
    role: 'reviewer',
    password: PASSWORD,
    scope,
  });
  await createUser(ctx, {
    username: 'chloe',
    displayName: 'Chloé, Executive Board',
    role: 'viewer',
    password: PASSWORD,
    language: 'fr',
  });
}

describe('a second organisation, from its framework file to the Council', () => {
  it('starts with no plan; the administrator loads the agency framework through the import screen', async () => {
    const { context, page, errors } = await openPage(browser);
    expect(await server.db.selectFrom('plan').select('code').execute()).toEqual([]);
    await signIn(page, server.url, FIRST_ADMIN.username, FIRST_ADMIN.password);
    // The home of an instance with no plan says so and leads the administrator to the import screen.
    await page.getByRole('heading', { level: 1, name: 'No plan yet' }).waitFor(WAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'org2-empty-instance');
    await page.getByRole('link', { name: "Import your organisation's framework file" }).click();
    await page.getByRole('heading', { level: 1, name: 'Framework files: export and import' }).waitFor();
    await page.getByLabel('Framework file (XLSX or JSON)').setInputFiles({
      name: 'UNAWS-SP-2026-2029.json',
      mimeType: 'application/json',
      buffer: fs.readFileSync(FILE),
    });
    await page.getByTestId('fw-target').getByText(`The file makes a new plan: ${PLAN}.`).waitFor(WAIT);
    const kpis = page.getByRole('table', { name: 'KPIs: 15 new, 0 changed, 0 retired' });
    expect(await kpis.locator('tbody th').allTextContents()).toEqual(AGENCY.kpis.map((k) => k.code).sort());
    const units = page.getByRole('table', { name: /^Organizational units: 3 new/ });
    expect(await units.locator('tbody th').allTextContents()).toEqual(AGENCY.units.map((u) => u.code).sort());
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'org2-import-preview');

    await page.getByRole('button', { name: `Import ${PLAN}` }).click();
    await expect
      .poll(async () => (await page.getByTestId('fw-status').textContent()) ?? '', WAIT)
      .toMatch(new RegExp(`^Imported ${PLAN}: \\d+ new, 0 changed, 0 retired\\.$`));
    const plans = await server.db.selectFrom('plan').select(['code', 'status']).execute();
    expect(plans).toEqual([{ code: PLAN, status: 'active' }]);
    const sectors = await server.db.selectFrom('sector').select('code').orderBy('code').execute();
    expect(sectors.map((s) => s.code)).toEqual(['UNAWS-DG', 'UNAWS-SAN', 'UNAWS-WAT']);
    expect(errors).toEqual([]);
    await context.close();
    await addUsers();
  });

  it('a planner of WP-1 enters and submits 2026-Q3; the Council sees none of it until it is approved', async () => {
    const planner = await openPage(browser);
    await signIn(planner.page, server.url, 'amina', PASSWORD);
    await planner.page.goto(`${server.url}/plans/${PLAN}/entry`);
    await planner.page
      .getByRole('link', { name: /Rural water supply/ })
      .first()
      .waitFor(WAIT);
    await screenshot(planner.page, 'org2-due');
    await planner.page.goto(`${server.url}/plans/${PLAN}/entry/WP-1/2026-Q3`);
    await planner.page.getByRole('grid').waitFor(WAIT);
    for (const [code, value] of Object.entries(ENTERED)) {
      await valueCell(planner.page, code).focus();
      await planner.page.keyboard.type(value);
      await planner.page.keyboard.press('Enter');
    }
    await expect
      .poll(() => planner.page.getByRole('status').filter({ hasText: 'All changes saved' }).count(), WAIT)
      .toBe(1);
    expect(await accessibilityViolations(planner.page)).toEqual([]);
    await screenshot(planner.page, 'org2-entry-grid');
    const submit = planner.page.getByRole('button', { name: 'Submit the quarter' });
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.click();
    await planner.page.getByText('This quarter is submitted for review').waitFor(WAIT);

    const council = await openPage(browser);
    await signIn(council.page, server.url, 'chloe', PASSWORD);
    expect(await councilSees(council.page, 'W1-K1')).toBeNull();
    const report = await apiJson<AnnualReport>(council.page, `/api/reports/annual/2026?plan=${PLAN}`);
    expect(report.overall.ratedCount).toBe(0);

    for (const { context, errors, page } of [planner, council]) {
      expect(errors, page.url()).toEqual([]);
      await context.close();
    }
  });

  it('the reviewer approves the quarter', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'bruno', PASSWORD);
    await page.goto(`${server.url}/plans/${PLAN}/reviews/WP-1/2026-Q3`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Yes, approve' }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents(), WAIT)
      .toContain('The quarter is approved: its values are locked.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Council reads the overview, the explorer and the annual report in French and English', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'chloe', PASSWORD);
    // Home: the only plan, in the member's language (French, set on the account).
    await page.waitForURL(new RegExp(`/plans/${PLAN}/overview$`), WAIT);
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.getByRole('heading', { level: 2, name: /Une eau potable pour tous/ }).waitFor(WAIT);
    // Not ITU's Connect 2030: no target of this plan is measured by a published ITU statistic.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Buts et cibles');
    const overview = await page.locator('main').innerText();
    expect(overview).toContain('AT1.2');
    expect(overview).not.toMatch(/\bUIT\b|Connect 2030/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'org2-overview-fr');

    expect(await councilSees(page, 'W1-K1')).toBe(320);
    await page.goto(`${server.url}/plans/${PLAN}/reports/2026`);
    await page.locator('#report-goals').waitFor(WAIT);
    const api = await apiJson<AnnualReport>(page, `/api/reports/annual/2026?plan=${PLAN}&lang=fr`);
    expect(api.basis.values).toBe('approved');
    expect(api.overall.ratedCount).toBe(3);
    expect(await page.locator('.report-summary [data-figure="kpis"]').textContent()).toBe('15');
    const body = await page.locator('main').innerText();
    expect(body).toContain("Plan stratégique de l'UNAWS pour 2026-2029");
    expect(body).toContain('Programme Eau');
    expect(body).not.toMatch(/\bUIT\b|\bITU\b/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'org2-report-fr');

    await chooseLanguage(page, 'en');
    await page.locator('#report-goals').waitFor(WAIT);
    await expect.poll(() => page.locator('main').innerText(), WAIT).toContain('Water Programme');
    const english = await page.locator('main').innerText();
    expect(english).toContain('UNAWS Strategic Plan 2026-2029 (fictional example)');
    expect(english).not.toMatch(/\bITU\b/);
    await screenshot(page, 'org2-report-en');

    await page.goto(`${server.url}/plans/${PLAN}/explorer`);
    await page.getByText('Safe water for everyone').first().waitFor(WAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'org2-explorer-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the report downloads as XLSX and PowerPoint with the agency names, approved figures only', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'chloe', PASSWORD);
    await page.goto(`${server.url}/plans/${PLAN}/reports/2026`);
    await chooseLanguage(page, 'en');
    await page.locator('#report-goals').waitFor(WAIT);
    const api = await apiJson<AnnualReport>(page, `/api/reports/annual/2026?plan=${PLAN}`);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download XLSX' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe(`annual-report-${PLAN}-2026-en.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fs.readFileSync((await xlsx.path()) as string) as unknown as ExcelJS.Buffer);
    const cells = workbook.worksheets.flatMap((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map((v) => String(v ?? '')) : [])),
    );
    expect(cells).toContain('UNAWS Strategic Plan 2026-2029 (fictional example)');
    expect(cells).toContain('Safe water for everyone');
    expect(cells).toContain('Water Programme');
    expect(cells.join(' ')).not.toMatch(/\bITU\b/);
    const goals = workbook.worksheets[1];
    expect(goals?.getRow(2).getCell(1).value).toBe(api.goals[0]?.code);
    expect(goals?.getRow(2).getCell(4).value).toBe(api.goals[0]?.rollUp.score);

    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download PowerPoint' }).click(),
    ]);
    expect(pptx.suggestedFilename()).toBe(`annual-report-${PLAN}-2026-en.pptx`);
    const zip = await JSZip.loadAsync(fs.readFileSync((await pptx.path()) as string));
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    const deck = slides.join(' ');
    expect(deck).toContain('UNAWS Strategic Plan 2026-2029 (fictional example)');
    expect(deck).toContain('Water Programme');
    expect(deck).toContain('Approved figures only');
    expect(deck).not.toMatch(/\bITU\b/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads right to left in Arabic on a phone', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: 'phone' });
    await signIn(page, server.url, 'chloe', PASSWORD);
    await page.waitForURL(new RegExp(`/plans/${PLAN}/overview$`), WAIT);
    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 1, name: 'الغايات والمقاصد' }).waitFor(WAIT);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await widerThanScreen(page)).toEqual([]);
    await screenshot(page, 'org2-overview-ar-phone');
    await page.goto(`${server.url}/plans/${PLAN}/reports/2026`);
    await page.locator('#report-goals').waitFor(WAIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await widerThanScreen(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
