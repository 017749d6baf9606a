// An administrator corrects a French KPI name on the translation screen; the Council, in French, reads it
// on the framework at once, no longer marked unofficial; where a plan has no Chinese, the English shows
// marked EN.
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

const NEW_NAME = 'États Membres dotés d’une stratégie nationale du haut débit';

describe('translations', () => {
  it('lets an administrator correct a French KPI name with the keyboard, announced as saved', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Translations' }).click();
    await page.getByRole('heading', { level: 1, name: 'Translations' }).waitFor();
    expect(await page.evaluate(() => document.title)).toMatch(/^Translations – /);
    await page.getByLabel('Items').selectOption('kpi');
    const input = page.getByLabel('French translation of D1-K1 name');
    await expect.poll(() => input.inputValue()).toMatch(/^États Membres dotés/);
    await input.fill(NEW_NAME);
    await input.press('Enter');
    const row = page.locator('tr', { has: input });
    await expect.poll(() => row.getByRole('status').textContent()).toBe('Saved');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'translations-admin');

    // the filters live in the address: the box is ticked once the route has changed
    const missingOnly = page.getByLabel('Missing translations only');
    await missingOnly.click();
    await expect.poll(() => missingOnly.isChecked()).toBe(true);
    expect(page.url()).toContain('missing=true');
    await page.getByRole('main').getByLabel('Language').selectOption('zh');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/have no Chinese translation/);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the Council the new French name, confirmed, and the English marked EN where Chinese is missing', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/SP-2024-2027/framework`);
    await chooseLanguage(page, 'fr');
    // KPI names sit in closed disclosure widgets: present in the page, read when opened
    await expect.poll(() => page.getByText(NEW_NAME, { exact: true }).count()).toBeGreaterThan(0);
    const name = page.locator('[lang="fr"]', { hasText: NEW_NAME }).first();
    await name.waitFor({ state: 'attached' });
    // saved by an administrator, so confirmed: no "unofficial" marker after it
    expect(await name.evaluate((e) => e.nextElementSibling?.className ?? '')).not.toContain('unofficial');

    // The 2020-2023 plan has most of its texts in English only.
    await page.goto(`${server.url}/plans/SP-2020-2023/framework`);
    await chooseLanguage(page, 'zh');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const marker = page.locator('.fallback-marker').first();
    await marker.waitFor();
    expect(await marker.textContent()).toContain('EN');
    expect(await marker.getAttribute('title')).toBeTruthy();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'framework-zh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
