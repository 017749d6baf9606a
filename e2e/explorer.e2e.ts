// The plan explorer in a real browser: both roles at desktop and phone width, filters read from and
// written to the URL (back/forward), figures equal to the API's, axe in English and Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Explorer } from '@rbm/shared/schemas';
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

async function treeReady(page: Page) {
  await page.locator('.explorer-table tbody tr').first().waitFor();
}

describe('plan explorer', () => {
  for (const role of ['council', 'admin']) {
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      it(`reads well for ${role} at ${viewport} width`, async () => {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, role);
        await page.goto(`${server.url}/plans/${PLAN}/explorer`);
        await treeReady(page);
        await page.getByRole('link', { name: 'Explorer' }).waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await screenshot(page, `explorer-${role}-${viewport}`);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  it('applies the filters of a shared link, shows the API figures, and walks back and forward', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    const query = 'view=sector&period=2026-Q2&sector=ITU-D&status=off_track';
    await page.goto(`${server.url}/plans/${PLAN}/explorer?${query}`);
    await treeReady(page);
    expect(await page.locator('select[name="period"]').inputValue()).toBe('2026-Q2');
    expect(await page.locator('select[name="sector"]').inputValue()).toBe('ITU-D');
    expect(await page.locator('select[name="status"]').inputValue()).toBe('off_track');
    expect(await page.getByRole('radio', { name: 'Sectors' }).isChecked()).toBe(true);

    const api = await apiJson<Explorer>(page, `/api/explorer?plan=${PLAN}&${query}`);
    expect(api.roots.map((r) => r.code)).toEqual(['ITU-D']);
    const root = api.roots[0];
    const rootRow = page.locator('.explorer-level-1[data-code="ITU-D"]');
    const cells = await rootRow.locator('td').allTextContents();
    expect(cells.slice(1)).toEqual([
      percent(root?.rollUp.score ?? null),
      percent(root?.rollUp.completeness ?? null),
      String(root?.rollUp.kpiCount),
    ]);
    // Priorities show under the open Sector, each with the API's score and KPI count.
    for (const priority of root?.priorities ?? []) {
      const row = page.locator(`.explorer-level-2[data-code="${priority.code}"]`);
      const values = await row.locator('td').allTextContents();
      expect(values.slice(1)).toEqual([
        percent(priority.rollUp.score),
        percent(priority.rollUp.completeness),
        String(priority.rollUp.kpiCount),
      ]);
    }
    // Open a priority and its outcomes: the KPIs listed are the off-track ones, linking to their page.
    const first = root?.priorities[0];
    await page.locator(`.explorer-level-2[data-code="${first?.code}"] button`).click();
    for (const outcome of first?.outcomes ?? []) {
      await page.locator(`.explorer-level-3[data-code="${outcome.code}"] button`).click();
    }
    const kpiCodes = [...(first?.outcomes.flatMap((o) => o.kpis) ?? []), ...(first?.kpis ?? [])].map(
      (k) => k.code,
    );
    expect(kpiCodes.length).toBeGreaterThan(0);
    const link = page.locator(`tr[data-code="${kpiCodes[0]}"] a`).first();
    expect(await link.getAttribute('href')).toBe(`/plans/${PLAN}/kpis/${kpiCodes[0]}`);
    expect(await page.locator(`tr[data-code="${kpiCodes[0]}"]`).first().textContent()).toContain('Off track');

    // A filter change writes the URL; back restores the shared view, forward the change.
    await page.locator('select[name="region"]').selectOption('AFR');
    await page.waitForURL(/region=AFR/);
    await treeReady(page);
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('region='));
    expect(await page.locator('select[name="region"]').inputValue()).toBe('');
    expect(await page.locator('select[name="sector"]').inputValue()).toBe('ITU-D');
    await page.goForward();
    await page.waitForURL(/region=AFR/);
    expect(await page.locator('select[name="region"]').inputValue()).toBe('AFR');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('by goal, the status chart equals the API and opens as a table', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.goto(`${server.url}/plans/${PLAN}/explorer?period=2026-Q2`);
    await treeReady(page);
    const api = await apiJson<Explorer>(page, `/api/explorer?plan=${PLAN}&period=2026-Q2`);
    await page.getByRole('button', { name: 'Show as table' }).click();
    const rows = page.locator('.chart-panel table tbody tr');
    expect(await rows.count()).toBe(api.roots.length);
    const g1 = await rows.first().locator('td').allTextContents();
    const counts = api.roots[0]?.rollUp.counts;
    expect(g1.slice(0, 6).map(Number)).toEqual(
      ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data', 'not_due'].map(
        (s) => counts?.[s as keyof typeof counts],
      ),
    );
    expect(Number(g1[6])).toBe(api.roots[0]?.rollUp.kpiCount);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no accessibility violation in Arabic', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/${PLAN}/explorer?view=sector`);
    await chooseLanguage(page, 'ar');
    await treeReady(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'explorer-ar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
