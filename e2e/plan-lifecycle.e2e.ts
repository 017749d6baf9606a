// The plan lifecycle in a real browser (issue 14): an administrator drafts SP-2028-2031 from SP-2024-2027
// on the plan list, reads its activation checklist, fills the annual targets (on the framework editor's table
// of missing targets, which the checklist links to), and activates it. The Council
// then lands on SP-2028-2031 and can still open the 2024-2027 annual report. English and Arabic, axe clean.
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

const NEW = 'SP-2028-2031';

/** Every KPI of the draft gets a target for each plan year on the framework editor's table of missing
 * targets, reached from the checklist: a block pasted as from a spreadsheet, saved at once. */
async function fillAnnualTargets(page: Page): Promise<void> {
  await page.goto(`${server.url}/admin/plans`);
  await page.getByRole('button', { name: `Activation checklist (${NEW})` }).click();
  await page.getByRole('link', { name: 'Fill the missing annual targets in one table' }).click();
  const table = page.getByRole('form', { name: /^KPIs still missing annual targets: \d+$/ });
  const first = table.locator('tbody tr').first().locator('input').first();
  await first.waitFor();
  const rows = await table.locator('tbody tr').count();
  await first.focus();
  await first.evaluate(
    (element, data) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', data);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    },
    `${Array.from({ length: rows }, () => '1\t2\t3\t4').join('\r\n')}\r\n`,
  );
  await table.getByRole('button', { name: 'Save all these targets' }).click();
  await expect.poll(() => table.count()).toBe(0);
}

describe('plan lifecycle', () => {
  it('lets an administrator draft SP-2028-2031 from SP-2024-2027, read its checklist and activate it', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Strategic plans' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'New plan from this one (SP-2024-2027)' }).click();
    const form = page.getByRole('form', { name: 'New plan from SP-2024-2027' });
    expect(await form.getByLabel('Code of the new plan').inputValue()).toBe(NEW);
    expect(await form.getByLabel('First year').inputValue()).toBe('2028');
    expect(await form.getByLabel('Last year').inputValue()).toBe('2031');
    // A title is required: the error is on the field, and the focus goes to it.
    await form.getByRole('button', { name: 'Create the draft' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('successor-title');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByLabel('Title (English)').fill('Strategic Plan for 2028-2031');
    await form.getByRole('button', { name: 'Create the draft' }).click();

    const checklist = page.getByRole('region', { name: `Activation checklist of ${NEW}` });
    await checklist.getByText('Some checks fail: fix them before activating the plan.').waitFor();
    const missing = checklist.locator('.checklist-fail', { hasText: 'annual target' });
    await missing.getByRole('link').first().waitFor();
    expect(await missing.getByRole('link').count()).toBeGreaterThanOrEqual(30);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan-lifecycle-checklist');

    // Activating now is refused, and the reason is said.
    await checklist.getByRole('button', { name: `Activate ${NEW}` }).click();
    await checklist.getByRole('alert').waitFor();
    expect(await checklist.getByRole('alert').textContent()).toContain('cannot be activated yet');

    // The draft is in the administrator's plan picker, marked as a draft.
    await page.goto(`${server.url}/plans/SP-2024-2027/framework`);
    const draftOption = page.locator('header select option', { hasText: `${NEW} (draft)` });
    await expect.poll(() => draftOption.count()).toBe(1);

    await fillAnnualTargets(page);
    await page.goto(`${server.url}/admin/plans`);
    await page.getByRole('button', { name: `Activation checklist (${NEW})` }).click();
    await checklist.getByText('Every check passes: the plan can be activated.').waitFor();
    await checklist.getByRole('button', { name: `Activate ${NEW}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NEW} is active` })
      .waitFor();
    const row = page.getByRole('row', { name: new RegExp(NEW) });
    await expect.poll(() => row.textContent()).toContain('active');

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 1, name: 'الخطط الاستراتيجية' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan-lifecycle-ar');
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands the Council on SP-2028-2031 and still opens the 2024-2027 annual report', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.waitForURL((url) => url.pathname === `/plans/${NEW}/overview`);
    await page.goto(`${server.url}/plans/SP-2024-2027/reports/2026`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The report's title is rendered once its figures have loaded (in the print header, hidden on screen).
    await expect.poll(() => page.getByText('Annual implementation report 2026').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    // The plan list is for administrators only.
    expect(await page.getByRole('link', { name: 'Plans', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
