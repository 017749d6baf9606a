// Issue 14's handover, on screen from end to end, as a new administrator would try it: an administrator
// account made on the Users screen drafts SP-2028-2031 from SP-2024-2027, adds a priority with an outcome,
// an output and a KPI (its code refused first, on the field), fills the activation checklist (one KPI from
// the checklist's link, the rest pasted as a block from a spreadsheet), activates the plan, revises the new
// KPI's target with a reason and renames a goal in Arabic. A planner scoped to the new priority, made on the
// Users screen, sees its first quarter due once the clock reaches April 2028; the Council lands on the new
// plan, sees the new priority and the Arabic goal name, and still opens the 2024-2027 annual report.
// Axe-checked; screenshots of the new screens in English and Arabic at 1440 and 390 px.
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

const NEW = 'SP-2028-2031';
const PRIORITY = 'KAP-9';
const OUTCOME = 'KAP-9.1';
const KPI = 'D9-K1';
const ADMIN = 'strategy.lead';
const PLANNER = 'kap9.planner';
const PASSWORD = 'long handover passphrase 2028';
const ARABIC_GOAL = 'التوصيلية الشاملة والميسورة للجميع';
/** A day of 2028-Q2: the first quarter of the new plan has ended and is due. */
const APRIL_2028 = new Date('2028-04-10T09:00:00Z');

/** Pastes text into an input as a spreadsheet's copy would (the clipboard holds tab-separated cells). */
async function paste(input: Locator, text: string): Promise<void> {
  await input.focus();
  await input.evaluate((element, data) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

async function addItem(page: Page, form: string, fields: Record<string, string>): Promise<void> {
  const scope = page.getByRole('form', { name: form });
  for (const [label, value] of Object.entries(fields))
    await scope.getByLabel(label, { exact: true }).fill(value);
  await scope.getByRole('button', { name: 'Add', exact: true }).click();
}

async function createUser(page: Page, fields: { username: string; role: string; priority?: string }) {
  await page.goto(`${server.url}/admin/users`);
  await page.getByRole('link', { name: 'New user' }).click();
  await page.getByLabel('Username').fill(fields.username);
  await page.getByLabel('Display name').fill(fields.username);
  await page.getByLabel('Role', { exact: true }).selectOption(fields.role);
  if (fields.priority) await page.getByRole('checkbox', { name: new RegExp(fields.priority) }).check();
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Create user' }).click();
  await page.waitForURL((url) => /\/admin\/users\/\d+$/.test(url.pathname));
}

describe('plan handover', () => {
  it('lets the demo administrator make a new administrator account on the Users screen', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await createUser(page, { username: ADMIN, role: 'admin' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the new administrator draft SP-2028-2031, author a priority down to a KPI, fill the checklist and activate it', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, ADMIN, PASSWORD);
    await page.getByRole('link', { name: 'Plans', exact: true }).click();
    await page.getByRole('button', { name: 'New plan from this one (SP-2024-2027)' }).click();
    const successor = page.getByRole('form', { name: 'New plan from SP-2024-2027' });
    await successor.getByLabel('Title (English)').fill('Strategic Plan for 2028-2031');
    await successor.getByRole('button', { name: 'Create the draft' }).click();
    const checklist = page.getByRole('region', { name: `Activation checklist of ${NEW}` });
    await checklist.getByText('Some checks fail: fix them before activating the plan.').waitFor();

    // A priority with an outcome, an output and a KPI, in the draft's framework editor.
    await page.goto(`${server.url}/admin/framework?plan=${NEW}`);
    await page.getByRole('heading', { level: 2, name: 'Goals and targets' }).waitFor();
    const status = page.locator('.editor-announcement');
    await page.getByRole('button', { name: 'Add a thematic priority' }).click();
    await addItem(page, 'Add a thematic priority', {
      Code: PRIORITY,
      'Name (English)': 'Resilient networks',
      'Lead unit': 'ITU-D',
    });
    await expect.poll(() => status.textContent()).toBe(`${PRIORITY} added.`);
    await page.getByRole('button', { name: `Add an outcome under ${PRIORITY}` }).click();
    await addItem(page, 'Add an outcome', {
      Code: OUTCOME,
      'Name (English)': 'Networks that withstand disasters',
    });
    await expect.poll(() => status.textContent()).toBe(`${OUTCOME} added.`);
    await page.getByRole('button', { name: `Add an output under ${PRIORITY}` }).click();
    await addItem(page, 'Add an output', {
      Code: 'KAP-9.S1',
      'Name (English)': 'Network resilience guidelines',
    });
    await expect.poll(() => status.textContent()).toBe('KAP-9.S1 added.');

    await page.getByRole('button', { name: `Add a KPI under ${OUTCOME}` }).click();
    const kpiForm = page.getByRole('form', { name: `Add a KPI under ${OUTCOME}` });
    // a code the plan already uses (copied from 2024-2027) is refused on the code's field
    await kpiForm.getByLabel('KPI code').fill('D1-K1');
    await kpiForm.getByLabel('Name (English)').fill('Countries with a tested network recovery plan');
    await kpiForm.getByLabel('Unit', { exact: true }).selectOption('percent');
    await kpiForm.getByLabel('Frequency').selectOption('quarterly');
    await kpiForm.getByLabel('Baseline value').fill('40');
    await kpiForm.getByLabel('Baseline period').fill('2027');
    const yearTargets: Array<[string, string]> = [
      ['2028', '45'],
      ['2029', '50'],
      ['2030', '55'],
      ['2031', '60'],
    ];
    for (const [year, value] of yearTargets) await kpiForm.getByLabel(year, { exact: true }).fill(value);
    await kpiForm.getByRole('button', { name: 'Add', exact: true }).click();
    await kpiForm.getByText('This KPI code is already used in the plan.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`new-kpi-${OUTCOME}-code`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await kpiForm.getByLabel('KPI code').fill(KPI);
    await kpiForm.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe(`KPI ${KPI} added.`);
    const kpis = page.getByRole('list', { name: `KPIs of ${OUTCOME}`, exact: true });
    await expect.poll(() => kpis.textContent()).toContain('2028: 45 · 2029: 50 · 2030: 55 · 2031: 60');

    // The checklist: one KPI's targets through its link, pasted as a row.
    await page.goto(`${server.url}/admin/plans`);
    await page.getByRole('button', { name: `Activation checklist (${NEW})` }).click();
    const missing = checklist.locator('.checklist-fail', { hasText: 'annual target' });
    await missing.getByRole('link', { name: 'D1-K1', exact: true }).click();
    const targets = page.getByRole('form', { name: 'Annual targets of D1-K1' });
    const first = targets.getByLabel('Target of D1-K1 for 2028');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await first.getAttribute('id'));
    await paste(first, '61\t62\t63\t64\r\n');
    expect(await targets.getByLabel('Target of D1-K1 for 2031').inputValue()).toBe('64');
    await targets.getByRole('button', { name: 'Save the targets' }).click();
    await expect.poll(() => status.textContent()).toBe('Annual targets of D1-K1 saved.');

    // The rest in one table, a block pasted from a spreadsheet: a bad cell is named, then corrected.
    const table = page.getByRole('form', { name: /^KPIs still missing annual targets: \d+$/ });
    // D1-K1 has left the table, which lists the others still missing a year
    await expect
      .poll(() => table.locator('tbody th').allTextContents(), { timeout: 10_000 })
      .not.toContainEqual(expect.stringMatching(/^D1-K1 /));
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(30);
    const block = Array.from({ length: rows }, (_, i) => (i === 0 ? '10\tabc\t30\t40' : '10\t20\t30\t40'));
    await paste(table.locator('tbody tr').first().locator('input').first(), `${block.join('\r\n')}\r\n`);
    await table.getByRole('button', { name: 'Save all these targets' }).click();
    await table.getByText('Type a number.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'plan-handover-targets-table');
    await table.locator('tbody tr').first().locator('input').nth(1).fill('20');
    await table.getByRole('button', { name: 'Save all these targets' }).click();
    await expect.poll(() => status.textContent()).toBe(`Annual targets saved: ${rows * 4}.`);
    await expect.poll(() => table.count()).toBe(0);

    await page.goto(`${server.url}/admin/plans`);
    await page.getByRole('button', { name: `Activation checklist (${NEW})` }).click();
    await checklist.getByText('Every check passes: the plan can be activated.').waitFor();
    await checklist.getByRole('button', { name: `Activate ${NEW}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NEW} is active` })
      .waitFor();

    // In the active plan a target changes with a reason, kept in the revision history.
    await page.goto(`${server.url}/admin/framework?plan=${NEW}&kpi=${KPI}`);
    const revision = page.getByRole('form', { name: `Annual targets of ${KPI}` });
    await revision.getByLabel(`Target of ${KPI} for 2028`).fill('47');
    await revision.getByRole('button', { name: 'Save the targets' }).click();
    await revision.getByText('Say why the target changes').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/-reason$/);
    await revision.getByLabel('Reason for the change').fill('Baseline survey came in higher');
    await revision.getByRole('button', { name: 'Save the targets' }).click();
    await expect.poll(() => status.textContent()).toBe(`Annual targets of ${KPI} revised.`);
    await expect.poll(() => kpis.textContent()).toContain('2028: 47');

    // A goal renamed in Arabic on the translations screen (the active plan's texts).
    await page.goto(`${server.url}/admin/translations?language=ar&entity=goal`);
    const arabic = page.getByLabel('Arabic translation of G1 name');
    await arabic.fill(ARABIC_GOAL);
    await arabic.press('Enter');
    await expect
      .poll(() => page.locator('tr', { has: arabic }).getByRole('status').textContent())
      .toBe('Saved');

    await createUser(page, { username: PLANNER, role: 'planner', priority: PRIORITY });
    expect(errors).toEqual([]);
    await context.close();
  });

  // one test a width, so that each stays well inside its time limit when two browser files run at once
  it.each(['desktop', 'phone'] as const)(
    'shows the new screens axe-clean in English and Arabic (%s)',
    async (viewport) => {
      const { context, page, errors } = await openPage(browser, { viewport });
      await signIn(page, server.url, ADMIN, PASSWORD);
      await page.goto(`${server.url}/admin/framework?plan=${NEW}&kpi=${KPI}`);
      await page.getByRole('form', { name: `Annual targets of ${KPI}` }).waitFor();
      await page.getByRole('button', { name: `Edit KPI ${KPI}` }).click();
      await page.getByRole('button', { name: 'Add a KPI under KAP-9.1' }).click();
      for (const language of ['en', 'ar']) {
        await chooseLanguage(page, language);
        expect(await accessibilityViolations(page)).toEqual([]);
        expect(await widerThanScreen(page)).toEqual([]);
        await screenshot(page, `plan-handover-kpi-editor-${language}-${viewport}`);
      }
      await chooseLanguage(page, 'en');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('shows the planner scoped to the new priority its first quarter due, once April 2028 has come', async () => {
    server.setNow(APRIL_2028);
    const { context, page, errors } = await openPage(browser);
    await page.clock.setFixedTime(APRIL_2028);
    await signIn(page, server.url, PLANNER, PASSWORD);
    await page.goto(`${server.url}/plans/${NEW}/entry`);
    await page.getByRole('heading', { level: 1, name: 'What is due' }).waitFor();
    const due = page.getByRole('link', { name: new RegExp(PRIORITY) });
    await due.first().waitFor();
    expect(await due.first().textContent()).toMatch(/2028/);
    expect(await page.getByRole('link', { name: /KAP-1\b/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lands the Council on the new framework, in Arabic too, and still opens the 2024-2027 report', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.clock.setFixedTime(APRIL_2028);
    await signIn(page, server.url, 'council');
    await page.waitForURL((url) => url.pathname === `/plans/${NEW}/overview`);
    await page.goto(`${server.url}/plans/${NEW}/framework`);
    await expect.poll(() => page.getByText('Resilient networks').count()).toBeGreaterThan(0);
    await chooseLanguage(page, 'ar');
    await expect.poll(() => page.getByText(ARABIC_GOAL).count()).toBeGreaterThan(0);
    await chooseLanguage(page, 'en');
    await page.goto(`${server.url}/plans/SP-2024-2027/reports/2026`);
    await expect.poll(() => page.getByText('Annual implementation report 2026').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
