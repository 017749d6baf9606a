// The planners' quarterly entry in a real browser: keyboard-only entry with a validation error, autosave,
// reload and submit; a 409 conflict resolved both ways; axe and screenshots of the grid and the due list.
import type { EntryKpi, EntrySheet, KpiValue } from '@rbm/shared/schemas';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { PLAN, openGrid as openGridAt, tabIntoGrid, valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

const openGrid = (page: Page, priority: string) => openGridAt(page, server.url, priority);

let server: TestServer;
let browser: Browser;
let adminHeaders: Record<string, string>;

browserSuite(async (s, b) => {
  [server, browser] = [s, b];
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: 'rbm-demo' },
  });
  const cookie = login.cookies.find((c) => c.name === 'rbm_session');
  adminHeaders = {
    cookie: `rbm_session=${cookie?.value}`,
    'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken,
  };
});

async function asAdmin<T>(method: 'GET' | 'PUT', url: string, payload?: object): Promise<T> {
  const res = await server.app.inject({
    method,
    url,
    headers: adminHeaders,
    ...(payload ? { payload } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

const sheetOf = (priority: string) => asAdmin<EntrySheet>('GET', `/api/entry/${priority}/2026-Q3`);
const kpiOf = (sheet: EntrySheet, code: string) =>
  sheet.outcomes.flatMap((o) => o.kpis).find((k) => k.code === code) as EntryKpi;

describe('entry grid', () => {
  it('lets a planner fill values with the keyboard alone, shows an error, saves, and submits', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, 'KAP-4');
    await tabIntoGrid(page);
    // The focus starts on the first KPI's value (D4-K1, CHF).
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('col-value');
    await page.keyboard.type('6100000');
    await page.keyboard.press('Enter'); // commits, moves down to D4-K2 (percent)
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    const percent = valueCell(page, 'D4-K2');
    await expect.poll(() => percent.textContent()).toContain('A percentage goes from 0 to 100.');
    expect(await percent.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('72.5');
    await page.keyboard.press('Enter'); // on to D4-K3 (count)
    await expect.poll(() => percent.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.type('17');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count())
      .toBe(1);

    await page.reload();
    await page.getByRole('grid').waitFor();
    expect(await valueCell(page, 'D4-K1').textContent()).toContain('6,100,000');
    expect(await valueCell(page, 'D4-K2').textContent()).toContain('72.5%');
    // D4-K3 is a flow: its year-to-date follows the quarter's figure.
    expect(await valueCell(page, 'D4-K3').textContent()).toMatch(/^17Year to date: [\d,]+$/);
    const stored = await sheetOf('KAP-4');
    expect(kpiOf(stored, 'D4-K2').total?.value).toBe(72.5);

    const submit = page.getByRole('button', { name: 'Submit the quarter' });
    await submit.focus();
    await page.keyboard.press('Enter');
    await page.getByText('This quarter is submitted for review').waitFor();
    expect(await page.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    expect((await sheetOf('KAP-4')).review.status).toBe('submitted');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows both values on a conflict and keeps the one the planner chooses', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, 'KAP-2');
    const before = await sheetOf('KAP-2');
    const strategies = kpiOf(before, 'D2-K3');
    const assessments = kpiOf(before, 'D2-K5');
    // Someone else changes two values behind the grid's back.
    await asAdmin('PUT', `/api/kpis/${strategies.id}/values/2026-Q3`, {
      value: 30,
      version: strategies.total?.version,
    });
    await asAdmin('PUT', `/api/kpis/${assessments.id}/values/2026-Q3`, {
      value: 40,
      version: assessments.total?.version,
    });

    await valueCell(page, 'D2-K3').click();
    await page.keyboard.type('25');
    await page.keyboard.press('Enter');
    const conflicts = page.getByRole('alert').filter({ hasText: 'Someone else changed' });
    await expect.poll(() => conflicts.textContent()).toContain('Yours: 25 · theirs: 30');
    await conflicts.getByRole('button', { name: 'Keep mine' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count())
      .toBe(1);
    const kept = await asAdmin<EntrySheet>('GET', '/api/entry/KAP-2/2026-Q3');
    expect(kpiOf(kept, 'D2-K3').total?.value).toBe(25);

    await valueCell(page, 'D2-K5').click();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect.poll(() => conflicts.textContent()).toContain('Yours: 12 · theirs: 40');
    await conflicts.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => valueCell(page, 'D2-K5').textContent()).toBe('40');
    const taken = await asAdmin<EntrySheet>('GET', '/api/entry/KAP-2/2026-Q3');
    expect(kpiOf(taken, 'D2-K5').total?.value).toBe(40);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads well and passes axe in English, on a phone, in Arabic and in Chinese; so does the due page', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.goto(`${server.url}/plans/${PLAN}/entry`);
    await page.getByRole('heading', { level: 1, name: 'What is due' }).waitFor();
    await page.getByRole('link', { name: /KAP-2/ }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Data entry' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'due-page');
    await page.getByRole('link', { name: /KAP-2/ }).first().click();
    await page.getByRole('grid').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entry-grid-en');
    expect(errors).toEqual([]);
    await context.close();

    const phone = await openPage(browser, { viewport: 'phone' });
    await signIn(phone.page, server.url, 'planner');
    await openGrid(phone.page, 'KAP-2');
    await screenshot(phone.page, 'entry-grid-phone');
    expect(phone.errors).toEqual([]);
    await phone.context.close();

    // The admin switches language (remembered on the account), so the planner stays in English.
    const other = await openPage(browser);
    await signIn(other.page, server.url, 'admin');
    await chooseLanguage(other.page, 'ar');
    await openGrid(other.page, 'KAP-2');
    expect(await other.page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await accessibilityViolations(other.page)).toEqual([]);
    await screenshot(other.page, 'entry-grid-ar');
    await other.page.goto(`${server.url}/plans/${PLAN}/entry`);
    await other.page.getByRole('heading', { level: 1 }).waitFor();
    await other.page.locator('table').waitFor();
    expect(await accessibilityViolations(other.page)).toEqual([]);
    await chooseLanguage(other.page, 'zh');
    await openGrid(other.page, 'KAP-2');
    await screenshot(other.page, 'entry-grid-zh');
    await chooseLanguage(other.page, 'en');
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('moves with the arrows mirrored in Arabic', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await chooseLanguage(page, 'ar');
    await openGrid(page, 'KAP-3');
    await tabIntoGrid(page);
    const column = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    const start = await column();
    await page.keyboard.press('ArrowLeft');
    const next = await column();
    expect(Number(next?.split(':')[1])).toBe(Number(start?.split(':')[1]) + 1);
    await chooseLanguage(page, 'en');
    await context.close();
  });
});

export type { KpiValue };
