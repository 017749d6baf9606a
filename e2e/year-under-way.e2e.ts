// Issue 18, problems 1, 8 and 10 in a real browser, in English and Arabic, axe-checked:
// 1. one priority's early approval does not move the explorer and comparison off the quarter every priority has;
// 8. the year under way has a report, year to date, as of that quarter;
// 10. the overview's headers are distinct, and "will we make 2027?" is one table with a chart and an XLSX.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatPeriod } from '@rbm/shared';
import type { Comparison, Outlook } from '@rbm/shared/schemas';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  widerThanScreen,
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
const LANGUAGES = ['en', 'ar'] as const;

async function apiJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(`${server.url}${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

/** Opens a signed-in page in the language given. */
async function councilPage(language: string, viewport: ViewportName = 'desktop') {
  const opened = await openPage(browser, { viewport });
  await signIn(opened.page, server.url, 'council');
  // the language is remembered per user, so an earlier test's choice is undone here
  await chooseLanguage(opened.page, language);
  return opened;
}

describe('the year under way', () => {
  it('1: after one priority approves 2026-Q3 early, both views stay on 2026-Q2 and say why', async () => {
    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    const session = await reviewer.page.request.get(`${server.url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const approved = await reviewer.page.request.post(`${server.url}/api/reviews/KAP-1/2026-Q3/approve`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {},
    });
    expect(approved.status()).toBe(200);
    await reviewer.context.close();

    for (const language of LANGUAGES) {
      const { context, page, errors } = await councilPage(language);
      await page.goto(`${server.url}/plans/${PLAN}/explorer?view=sector`);
      await page.locator('.explorer-basis .complete-quarter').waitFor();
      expect(await page.locator('.explorer-basis').textContent()).toContain(
        formatPeriod('2026-Q2', language),
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`${server.url}/plans/${PLAN}/compare`);
      await page.locator('.compare-basis .complete-quarter').waitFor();
      await page.locator('.ranking-row').first().waitFor();
      expect(await page.locator('.compare-basis').textContent()).toContain(formatPeriod('2026-Q2', language));
      const shown = await apiJson<Comparison>(page, `/api/compare?plan=${PLAN}&by=sector`);
      expect(shown.period).toBe('2026-Q2');
      expect(shown.groups.every((g) => g.rollUp.score !== null)).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `fair-default-compare-${language}`);

      // 2026-Q3 asked for: ITU-D alone has figures; the page says so and offers 2026-Q2.
      await page.goto(`${server.url}/plans/${PLAN}/compare?period=2026-Q3`);
      const partial = page.getByTestId('partial-quarter');
      await partial.waitFor();
      const q3 = await apiJson<Comparison>(page, `/api/compare?plan=${PLAN}&by=sector&period=2026-Q3`);
      for (const g of q3.groups) if (g.rollUp.score === null) expect(g.rank, g.code).toBeNull();
      expect(await accessibilityViolations(page)).toEqual([]);
      await partial.getByRole('button').click();
      await page.waitForURL((url) => url.searchParams.get('period') === '2026-Q2');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  for (const language of LANGUAGES) {
    it(`8: the 2026 report is year to date, as of 2026-Q2, with figures (${language})`, async () => {
      const { context, page, errors } = await councilPage(language);
      await page.goto(`${server.url}/plans/${PLAN}/reports/2026`);
      await page.locator('.report-ytd').waitFor();
      expect(await page.locator('h1').textContent()).toContain(formatPeriod('2026-Q2', language));
      const score = await page.locator('.report-summary [data-figure="score"]').textContent();
      expect(score).not.toBe('–');
      expect(await page.locator('.report-summary .status-badge').count()).toBe(1);
      expect(await page.locator('.report-summary .status-badge.status-not_due').count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `report-ytd-${language}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const language of LANGUAGES) {
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      it(`10: will we make 2027? overview link, chart, table and XLSX (${language}, ${viewport})`, async () => {
        const { context, page, errors } = await councilPage(language, viewport);
        await page.goto(`${server.url}/plans/${PLAN}/overview`);
        await page.locator('[data-state="ready"]').waitFor();
        for (const table of await page.locator('.other-targets table').all()) {
          const headers = await table.locator('thead th').allTextContents();
          expect(new Set(headers).size, headers.join(' | ')).toBe(headers.length);
        }
        await page.locator(`a[href="/plans/${PLAN}/outlook"]`).first().click();
        await page.locator('.outlook[data-state="ready"]').waitFor();
        const outlook = await apiJson<Outlook>(page, `/api/outlook?plan=${PLAN}&lang=${language}`);
        expect(await page.locator('.outlook-table tbody tr').count()).toBe(outlook.rows.length);
        expect(await page.locator('.outlook-bar-row').count()).toBe(
          new Set(outlook.rows.map((r) => r.sector)).size,
        );
        const forecast = outlook.rows.find((r) => r.forecast !== null && r.verdict === 'away');
        if (forecast) {
          const row = page.locator(`.outlook-table tr[data-verdict="away"]`).first();
          expect(await row.locator('td').nth(3).textContent()).not.toBe('–');
        }
        expect(await accessibilityViolations(page)).toEqual([]);
        if (viewport === 'phone') expect(await widerThanScreen(page)).toEqual([]);
        await screenshot(page, `outlook-${language}-${viewport}`);

        const download = await page.request.get(
          `${server.url}${(await page.locator('.outlook-toolbar a[download]').getAttribute('href')) ?? ''}`,
        );
        expect(download.status()).toBe(200);
        expect(download.headers()['content-disposition']).toContain(`-${language}.xlsx`);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
