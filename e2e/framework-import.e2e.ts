// The framework files screen in a real browser, as an administrator uses it: download SP-2024-2027's
// workbook and load it back (nothing to import), load a broken file (each bad row named, nothing can be
// confirmed), load a new agency's framework (a new plan), change it, meet a stale preview and preview
// again; add an edition of the ICT statistics. English at 1366 px, Arabic right to left at 390 px; axe on every state.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FrameworkDocument, FrameworkImportPreview, Statistics } from '@rbm/shared/schemas';
import { smallFramework } from '../server/src/modules/frameworks/framework-import.fixture.ts';
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

const FILE_LABEL = 'Framework file (XLSX or JSON)';
/** Reading a whole plan's workbook takes a few seconds on a busy machine. */
const WAIT = { timeout: 30_000 };

function jsonFile(document: FrameworkDocument, name: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) };
}

/** A fictional agency's framework with a duplicate goal code and a KPI linked to an outcome it lacks. */
function brokenFramework(code: string): FrameworkDocument {
  const document = smallFramework(code);
  document.goals.push({ ...document.goals[0]!, name: { en: 'Connectivity again' } });
  document.kpis[0]!.outcomes = ['O9'];
  return document;
}

async function openScreen(page: Page) {
  await signIn(page, server.url, 'admin');
  await page.getByRole('link', { name: 'Framework files' }).click();
  await page.getByRole('heading', { level: 1, name: 'Framework files: export and import' }).waitFor();
}

async function planStatus(page: Page, code: string): Promise<number> {
  return (await page.request.get(`${server.url}/api/plans/${code}`)).status();
}

async function status(page: Page): Promise<string> {
  return (await page.getByTestId('fw-status').textContent()) ?? '';
}

describe('framework files', () => {
  it('downloads SP-2024-2027 as a workbook and loads it back: everything unchanged, nothing to confirm', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 900 });
    await openScreen(page);
    expect(await page.getByLabel('Plan', { exact: true }).inputValue()).toBe('SP-2024-2027');
    expect(await accessibilityViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Workbook of SP-2024-2027 (XLSX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('SP-2024-2027-framework.xlsx');
    const workbook = fs.readFileSync(await download.path());
    expect(workbook.subarray(0, 2).toString()).toBe('PK');

    await page.getByLabel(FILE_LABEL).setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await expect
      .poll(() => status(page), WAIT)
      .toMatch(
        /^Preview of SP-2024-2027-framework\.xlsx: 0 new, 0 changed, 0 retired, [\d,]+ unchanged, 0 bad rows\.$/,
      );
    expect(await page.getByTestId('fw-target').textContent()).toBe(
      'The file goes onto the stored plan SP-2024-2027.',
    );
    await page.getByText('Nothing to import: the file matches the stored framework.').waitFor();
    expect(await page.getByRole('button', { name: 'Import SP-2024-2027' }).isDisabled()).toBe(true);
    expect(await page.locator('table.fw-table').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await widerThanScreen(page)).toEqual([]);
    await screenshot(page, 'framework-import-round-trip');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names every bad row of a broken file with its sheet, row, column and reason, and cannot confirm it', async () => {
    const { context, page, errors } = await openPage(browser);
    await openScreen(page);
    await page.getByLabel(FILE_LABEL).setInputFiles(jsonFile(brokenFramework('AG-BROKEN'), 'broken.json'));
    const bad = page.getByRole('table', { name: /^Bad rows, with the sheet, row, column and reason/ });
    await bad.waitFor();
    const rows = await bad
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      );
    expect(rows).toEqual([
      [
        'goals',
        '2',
        'code',
        'G1',
        'This code appears twice in the sheet: codes are unique per plan.G1 appears twice in Goals: codes are unique per plan',
      ],
      [
        'kpis',
        '1',
        'outcomes',
        'K1',
        'The link names a code that is not in this plan.O9 is not a code of Outcomes in this plan',
      ],
    ]);
    expect(await status(page)).toContain('2 bad rows');
    await page
      .getByText('Correct the bad rows and choose the file again: nothing can be imported while one is left.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import AG-BROKEN' }).isDisabled()).toBe(true);
    expect(await planStatus(page, 'AG-BROKEN')).toBe(404);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("imports a new agency's framework, then a change to it after a stale preview is previewed again", async () => {
    const { context, page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 900 });
    await openScreen(page);
    const agency = smallFramework('AG-2028');
    await page.getByLabel(FILE_LABEL).setInputFiles(jsonFile(agency, 'agency.json'));
    await page.getByTestId('fw-target').getByText('The file makes a new plan: AG-2028.').waitFor();
    const kpis = page.getByRole('table', { name: 'KPIs: 2 new, 0 changed, 0 retired' });
    expect(await kpis.locator('tbody th').allTextContents()).toEqual(['K1', 'K2']);
    expect(await planStatus(page, 'AG-2028')).toBe(404);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Import AG-2028' }).click();
    await expect
      .poll(() => status(page), WAIT)
      .toMatch(/^Imported AG-2028: \d+ new, 0 changed, 0 retired\.$/);
    expect(await planStatus(page, 'AG-2028')).toBe(200);
    const plans = (await (await page.request.get(`${server.url}/api/plans`)).json()) as {
      items: Array<{ code: string }>;
    };
    expect(plans.items.map((p) => p.code)).toContain('AG-2028');
    await page.getByRole('link', { name: 'Open the framework of AG-2028' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A renamed goal and a retired KPI: each shown with what changes.
    const renamed = smallFramework('AG-2028');
    renamed.goals[0]!.name = { en: 'Connectivity for all' };
    renamed.kpis = renamed.kpis.filter((k) => k.code !== 'K2');
    const file = jsonFile(renamed, 'agency-renamed.json');
    await page.getByLabel(FILE_LABEL).setInputFiles(file);
    const goals = page.getByRole('table', { name: 'Goals: 0 new, 1 changed, 0 retired' });
    await goals.waitFor();
    expect(await goals.locator('tbody tr').textContent()).toBe(
      'G1✎ changedname {"en":"Connectivity"} →becomes {"en":"Connectivity for all"}',
    );
    const retired = page.getByRole('table', { name: 'KPIs: 0 new, 0 changed, 1 retired' });
    expect(await retired.locator('tbody tr').textContent()).toBe('K2− retired–');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'framework-import-changes');

    // Someone else imports another change meanwhile: this preview is stale.
    const session = (await (await page.request.get(`${server.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    const other = smallFramework('AG-2028');
    other.goals[0]!.name = { en: 'Connectivity everywhere' };
    const body = { fileName: 'other.json', content: Buffer.from(JSON.stringify(other)).toString('base64') };
    const headers = { 'x-csrf-token': session.csrfToken };
    const seen = (await (
      await page.request.post(`${server.url}/api/frameworks/import/preview`, { headers, data: body })
    ).json()) as FrameworkImportPreview;
    const written = await page.request.post(`${server.url}/api/frameworks/import`, {
      headers,
      data: { ...body, token: seen.token },
    });
    expect(written.status()).toBe(200);

    await page.getByRole('button', { name: 'Import AG-2028' }).click();
    const alert = page.getByRole('alert');
    await alert
      .getByText(
        'The file or the stored framework changed since this preview: preview the file again before importing it.',
      )
      .waitFor();
    expect(await page.getByRole('button', { name: 'Import AG-2028' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Preview the file again' }).click();
    await expect
      .poll(() => goals.locator('tbody tr').textContent(), WAIT)
      .toBe('G1✎ changedname {"en":"Connectivity everywhere"} →becomes {"en":"Connectivity for all"}');
    await page.getByRole('button', { name: 'Import AG-2028' }).click();
    await expect.poll(() => status(page), WAIT).toBe('Imported AG-2028: 0 new, 1 changed, 1 retired.');
    const document = (await (
      await page.request.get(`${server.url}/api/plans/AG-2028/framework/document`)
    ).json()) as FrameworkDocument;
    expect(document.goals[0]?.name).toEqual({ en: 'Connectivity for all' });
    expect(document.kpis.find((k) => k.code === 'K2')?.retired).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds an edition of the ICT statistics: bad cells named, then the newest edition is the one drawn', async () => {
    const { context, page, errors } = await openPage(browser);
    await openScreen(page);
    const sheet = (...rows: string[]) => ({
      name: 'ff2026.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Indicator,Area,Year,Value,Edition,Source', ...rows].join('\n')),
    });
    const label = 'Statistics sheet (XLSX or CSV)';
    await page
      .getByLabel(label)
      .setInputFiles(
        sheet(
          'internet_use_pct,World,2025,75.5,FF2026,https://example.org/ff26',
          'internet_use_pct,Atlantis,2025,1,FF2026,',
        ),
      );
    const bad = page.getByRole('table', { name: /^Bad cells, with the reason/ });
    await bad.waitFor();
    expect(await bad.locator('tbody tr').textContent()).toBe(
      'B3internet_use_pctThe area is not World, an ITU region or an aggregate already published.',
    );
    expect(await page.getByRole('button', { name: 'Import the statistics' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByLabel(label)
      .setInputFiles(sheet('internet_use_pct,World,2025,75.5,FF2026,https://example.org/ff26'));
    const rows = page.getByRole('table', { name: 'Values to add or correct' });
    await rows.waitFor();
    expect(await rows.locator('tbody tr').textContent()).toBe('2internet_use_pctWorld2025FF202675.5new');
    await page.getByRole('button', { name: 'Import the statistics' }).click();
    await expect
      .poll(() => page.getByTestId('stats-status').textContent(), WAIT)
      .toBe('Statistics imported: 1 added, 0 corrected.');
    const stats = (await (
      await page.request.get(`${server.url}/api/stats?indicator=internet_use_pct&area=World`)
    ).json()) as Statistics;
    const of2025 = stats.indicators[0]?.series[0]?.points.filter((p) => p.year === 2025);
    expect(of2025?.map((p) => [p.edition, p.latestEdition])).toEqual([
      ['FF25', false],
      ['FF2026', true],
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in Arabic, right to left, on a phone: each bad row named, no axe violation, nothing too wide', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: 'phone' });
    await signIn(page, server.url, 'admin');
    await page.goto(`${server.url}/admin/frameworks`);
    await chooseLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('heading', { level: 1, name: 'ملفات الإطار: التصدير والاستيراد' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page
      .getByLabel('ملف الإطار (XLSX أو JSON)')
      .setInputFiles(jsonFile(brokenFramework('AG-BROKEN-AR'), 'broken.json'));
    const bad = page.getByTestId('fw-bad-rows');
    await bad.waitFor();
    const text = (await bad.textContent()) ?? '';
    expect(text).toContain('يرد هذا الرمز مرتين في الورقة: الرموز فريدة في الخطة.');
    expect(text).toContain('يشير الرابط إلى رمز ليس في هذه الخطة.');
    expect(await page.getByRole('button', { name: 'استيراد AG-BROKEN-AR' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await widerThanScreen(page)).toEqual([]);
    await screenshot(page, 'framework-import-ar-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});
