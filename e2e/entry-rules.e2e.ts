// Entry rules in a real browser (issue 17, problems 3 and 4): an administrator requires the
// "Achievements" narrative and a note on at-risk and off-track KPIs, caps D2-K3 at 48 whole units and
// asks regions to add up to the total; the planner's grid refuses a 30-digit number and 49, warns when
// regions add up to 75 against a total of 60, and the submit panel lists what is missing with a way to
// each place; the reviewer's page shows the warning. English and Arabic, axe clean.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  widerThanScreen,
} from './support/browser.ts';
import { PLAN, openGrid, valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const row = (page: Page, code: string) => page.locator('tr', { has: page.locator('th', { hasText: code }) });
const saveStatus = (page: Page) => page.locator('.entry-save [role="status"]');

async function typeInto(page: Page, cell: ReturnType<Page['locator']>, text: string) {
  await cell.click();
  await page.keyboard.press('Delete');
  if (text !== '') {
    await cell.click();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
}

describe('entry rules', () => {
  it('are set by an administrator in the browser', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Entry rules' }).click();
    await page.getByRole('heading', { name: 'Entry rules', level: 1 }).waitFor();
    await page.getByLabel('Achievements').check();
    await page.getByLabel('at risk').check();
    await page.getByLabel('off track').check();
    await page.getByLabel('Warn when the regions do not add up to the total (counts and amounts)').check();
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await page.getByText('The entry rules are saved.').waitFor();

    await page.getByLabel('KPI', { exact: true }).selectOption('D2-K3');
    await page.locator('#kpi-rule-max').fill('48');
    await page.locator('#kpi-rule-integer').selectOption('yes');
    await page.getByRole('button', { name: "Save the KPI's rules" }).click();
    await page.getByText('The rules of D2-K3 are saved.').waitFor();
    await page.getByRole('button', { name: 'Remove the rules of D2-K3' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-rules-admin');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("refuse a 30-digit number and a value over the KPI's maximum in the grid, warn of regions not adding up, and list what is missing", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, server.url, 'KAP-2');

    await typeInto(page, valueCell(page, 'D2-K3'), '123456789012345678901234567890');
    await expect
      .poll(() => row(page, 'D2-K3').locator('.entry-error').textContent())
      .toContain('more than 15 significant digits');
    // shown as typed, not with its digits lost
    expect(await valueCell(page, 'D2-K3').textContent()).toContain('123456789012345678901234567890');
    await typeInto(page, valueCell(page, 'D2-K3'), '49');
    await expect
      .poll(() => row(page, 'D2-K3').locator('.entry-error').textContent())
      .toBe('This value is above the highest value set for this KPI.');
    await valueCell(page, 'D2-K3').click();
    await page.keyboard.press('Escape');

    // D2-K1: a total of 60 against regions of 30 and 45 (the other regions emptied)
    await page.getByLabel('Show regional values').check();
    const regions = row(page, 'D2-K1').locator('td.col-region');
    const count = await regions.count();
    for (let i = 2; i < count; i++) await typeInto(page, regions.nth(i), '');
    await typeInto(page, regions.nth(0), '30');
    await typeInto(page, regions.nth(1), '45');
    await typeInto(page, valueCell(page, 'D2-K1'), '60');
    await expect.poll(() => saveStatus(page).textContent()).toBe('All changes saved');
    expect(await row(page, 'D2-K1').locator('.rule-warning').textContent()).toContain(
      'The regions add up to 75, not to the total of 60.',
    );

    const panel = page.locator('.entry-submit');
    await panel.getByRole('link', { name: 'Write the narrative “Achievements”' }).waitFor();
    const fix = panel.getByRole('button', { name: /^D2-K1: / });
    await fix.click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('col-note'))).toBe(true);
    expect(
      await panel.getByRole('button', { name: 'Submit the quarter' }).getAttribute('aria-disabled'),
    ).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-rules-grid');

    // The narrative link lands on the field to write, on the review page
    await panel.getByRole('link', { name: 'Write the narrative “Achievements”' }).click();
    await page.waitForURL(/\/reviews\/KAP-2\/2026-Q3#narrative-achievements$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('narrative-achievements');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("show the warning on the reviewer's page", async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-2/2026-Q3`);
    const warnings = page.getByRole('region', { name: 'Values to look at' });
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain('D2-K1 The regions add up to 75, not to the total of 60.');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-rules-review');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('say so in Arabic too, without accessibility violations', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, server.url, 'KAP-2');
    await chooseLanguage(page, 'ar');
    await expect
      .poll(() => row(page, 'D2-K1').locator('.rule-warning').textContent())
      .toContain('مجموع المناطق');
    await typeInto(page, valueCell(page, 'D2-K3'), '123456789012345678901234567890');
    await expect.poll(() => row(page, 'D2-K3').locator('.entry-error').textContent()).toContain('15 رقمًا');
    expect(await page.locator('.entry-submit').textContent()).toContain('اكتب السرد');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-rules-grid-ar');
    await valueCell(page, 'D2-K3').click();
    await page.keyboard.press('Escape');
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("fit a phone in Arabic: the rules screen and the reviewer's warnings", async () => {
    const { context, page, errors } = await openPage(browser, { viewport: 'phone' });
    await signIn(page, server.url, 'admin');
    await chooseLanguage(page, 'ar');
    await page.goto(`${server.url}/plans/${PLAN}/entry-rules`);
    await page.getByRole('heading', { name: 'قواعد الإدخال', level: 1 }).waitFor();
    await page.locator('#plan-rule-min').waitFor();
    expect(await widerThanScreen(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-rules-admin-ar-phone');
    await page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-2/2026-Q3`);
    const warnings = page.getByRole('region', { name: 'قيم تستحق النظر' });
    await warnings.waitFor();
    expect(await warnings.textContent()).toContain('مجموع المناطق');
    expect(await widerThanScreen(page)).toEqual([]);
    await screenshot(page, 'entry-rules-review-ar-phone');
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
