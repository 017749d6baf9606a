// Intersectoral themes in a real browser (issue 16): the theme coordinator (the demo reviewer) opens the
// themes x units heatmap, reads it as a table (KPI codes link to KPI pages), follows a theme's open duplicate
// candidates to the radar, marks the first pair as joint work with a note, and the theme's count drops.
// English and Arabic, axe clean.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
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
});
