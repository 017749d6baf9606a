// Issue 17, problems 6, 7 and 9 in a real browser: a sum KPI shows its year-to-date beside the quarter and is
// rated on it (the KPI page says "Year to date" too); the grid fits 1440 px with the State column on screen
// and becomes one card per KPI on a 390 px phone, where a value is entered and saved; the due list and the
// review queue say plainly what is missing and mark late submissions; the quarter in progress is drafted
// and says from when it can be submitted. English and Arabic, axe clean.
import type { EntrySheet } from '@rbm/shared/schemas';
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
import { PLAN, kpiCard, openGrid, valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

/** Headers that act as a demo user through the API (for setting up what the browser then reads). */
async function actAs(username: string) {
  const res = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: 'rbm-demo' },
  });
  const cookie = res.cookies.find((c) => c.name === 'rbm_session');
  return {
    cookie: `rbm_session=${cookie?.value}`,
    'x-csrf-token': res.json<{ csrfToken: string }>().csrfToken,
  };
}

async function api(username: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return server.app.inject({ method, url, headers: await actAs(username), ...(payload ? { payload } : {}) });
}

const row = (page: Page, code: string) => page.locator('tr', { has: page.locator('th', { hasText: code }) });
const saveStatus = (page: Page) => page.locator('.entry-save [role="status"]');
const figure = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** Nothing scrolls sideways: neither the page nor the grid's own scroller. */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector('.entry-grid-scroll');
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      grid: scroller ? scroller.scrollWidth - scroller.clientWidth : 0,
    };
  });

describe('the grid at 1440 px', () => {
  it('fits with every column, State on screen, and a sum KPI shows and is rated on its year-to-date', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await openGrid(page, server.url, 'KAP-4');
    expect(await sideways(page)).toEqual({ page: 0, grid: 0 });
    const state = page.getByRole('columnheader', { name: 'State' });
    const box = await state.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 1440).toBe(true);

    // D4-K1 is a flow (sum): Q1 + Q2 are already reported; the cell adds this quarter to them.
    const sheet = (await api('admin', 'GET', '/api/entry/KAP-4/2026-Q3')).json<EntrySheet>();
    const flow = sheet.outcomes.flatMap((o) => o.kpis).find((k) => k.code === 'D4-K1');
    const earlier = (flow?.actuals ?? [])
      .filter((a) => a.period === '2026-Q1' || a.period === '2026-Q2')
      .reduce((sum, a) => sum + a.value, 0);
    expect(earlier).toBeGreaterThan(0);
    expect(await row(page, 'D4-K1').locator('td.col-expected').textContent()).toContain('year to date');
    await valueCell(page, 'D4-K1').click();
    await page.keyboard.type('14000000');
    await page.keyboard.press('Enter');
    const ytd = valueCell(page, 'D4-K1').locator('.entry-ytd');
    await expect.poll(() => ytd.textContent()).toMatch(/^Year to date: /);
    expect(figure(await ytd.textContent())).toBe(earlier + 14_000_000);
    // The quarter alone (14 M of 26.25 M expected) would be off track; the year so far is what is rated.
    const expected = figure(await row(page, 'D4-K1').locator('td.col-expected').textContent());
    const ratio = (earlier + 14_000_000) / expected;
    expect(14_000_000 / expected).toBeLessThan(0.6);
    expect(await row(page, 'D4-K1').locator('td.col-status').textContent()).toContain(
      ratio >= 0.9 ? 'On track' : 'At risk',
    );
    await expect.poll(() => saveStatus(page).textContent()).toBe('All changes saved');
    expect(await sideways(page)).toEqual({ page: 0, grid: 0 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'grid-layout-1440-en');

    await chooseLanguage(page, 'ar');
    await openGrid(page, server.url, 'KAP-4');
    expect(await sideways(page)).toEqual({ page: 0, grid: 0 });
    const stateAr = await page.locator('thead th.col-state').boundingBox();
    expect(stateAr && stateAr.x >= 0 && stateAr.x + stateAr.width <= 1440).toBe(true);
    expect(await valueCell(page, 'D4-K1').locator('.entry-ytd').textContent()).toContain('منذ بداية السنة');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'grid-layout-1440-ar');

    // The KPI page names the same figure the same way.
    await page.goto(`${server.url}/plans/${PLAN}/kpis/D4-K1`);
    await page.locator('.kpi-figures').waitFor();
    expect(await page.locator('.kpi-figures dt').nth(1).textContent()).toBe('منذ بداية السنة');
    await chooseLanguage(page, 'en');
    await expect.poll(() => page.locator('.kpi-figures dt').nth(1).textContent()).toBe('Year to date');
    await page.goto(`${server.url}/plans/${PLAN}/kpis/D4-K2`);
    await page.locator('.kpi-figures').waitFor();
    expect(await page.locator('.kpi-figures dt').nth(1).textContent()).toBe('Latest value');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('entry on a 390 px phone', () => {
  for (const language of ['en', 'ar'] as const) {
    it(`is one card per KPI, nothing sideways, and a value typed is saved (${language})`, async () => {
      const { context, page, errors } = await openPage(browser, { viewport: 'phone' });
      await signIn(page, server.url, 'planner');
      await chooseLanguage(page, language);
      await openGrid(page, server.url, 'KAP-4');
      expect(await page.getByRole('grid').count()).toBe(0);
      expect(await page.locator('article.entry-card').count()).toBe(4);
      const card = kpiCard(page, 'D4-K3');
      const label = language === 'en' ? 'This quarter' : 'هذا الربع';
      const input = card.getByLabel(label, { exact: true });
      const typed = language === 'en' ? '17' : '18';
      await input.fill(typed);
      await input.press('Tab');
      await expect
        .poll(() => page.locator('.entry-save').getAttribute('class'))
        .toContain('entry-save-saved');
      expect(await card.locator('.entry-ytd').last().textContent()).toMatch(/\d/);
      expect(await sideways(page)).toEqual({ page: 0, grid: 0 });
      expect(await widerThanScreen(page)).toEqual([]);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `grid-layout-phone-${language}`);

      await page.reload();
      await kpiCard(page, 'D4-K3').waitFor();
      expect(await kpiCard(page, 'D4-K3').getByLabel(label, { exact: true }).inputValue()).toBe(typed);
      const sheet = (await api('admin', 'GET', '/api/entry/KAP-4/2026-Q3')).json<EntrySheet>();
      const saved = sheet.outcomes.flatMap((o) => o.kpis).find((k) => k.code === 'D4-K3');
      expect(saved?.total?.value).toBe(Number(typed));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('what is due, lateness and the quarter in progress', () => {
  it('says what is missing in words, and marks late submissions in the due list and the review queue', async () => {
    // KAP-2's 2026-Q3 (due 15 October) is submitted on 23 November, 39 days late, then returned.
    expect((await api('planner', 'POST', '/api/reviews/KAP-2/2026-Q3/submit', {})).statusCode).toBe(200);

    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    await chooseLanguage(reviewer.page, 'en');
    await reviewer.page.goto(`${server.url}/plans/${PLAN}/reviews`);
    const queued = reviewer.page.locator('tr', { has: reviewer.page.getByRole('link', { name: /KAP-2/ }) });
    await queued.first().waitFor();
    expect(await queued.first().locator('.review-late').textContent()).toContain('late by 39 days');
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);
    await chooseLanguage(reviewer.page, 'ar');
    await expect.poll(() => queued.first().locator('.review-late').textContent()).toContain('متأخر');
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);
    await screenshot(reviewer.page, 'grid-layout-queue-ar');
    await chooseLanguage(reviewer.page, 'en');
    await reviewer.context.close();

    const back = await api('admin', 'POST', '/api/reviews/KAP-2/2026-Q3/return', {
      comment: 'Check the sources',
      kpis: [{ code: 'D2-K1', comment: 'Source?' }],
    });
    expect(back.statusCode).toBe(200);

    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await chooseLanguage(page, 'en'); // remembered per user: an earlier test left the planner in Arabic
    await page.goto(`${server.url}/plans/${PLAN}/entry`);
    // Links name the quarter the language's way: "Q3 2026" in English.
    const item = (priority: string, quarter: string) =>
      page.locator('tr', { has: page.getByRole('link', { name: new RegExp(`${priority}.*${quarter}`) }) });
    await item('KAP-2', 'Q3 2026').waitFor();
    expect(await item('KAP-2', 'Q3 2026').textContent()).toContain('Submitted late by 39 days');
    const kap4 = await item('KAP-4', 'Q3 2026').textContent();
    expect(kap4).toContain('Overdue by 39 days');
    expect(kap4).toMatch(/All \d+ values entered|\d+ of \d+ values? still missing/);
    for (const text of await page.locator('.entry-due tbody td:nth-child(5)').allTextContents()) {
      expect(text).toMatch(/^(All \d+ values entered|\d+ value entered|\d+ of \d+ values? still missing)$/);
    }
    expect(await page.getByText(/Missing \d+ of/).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'grid-layout-due-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drafts the quarter in progress and says from when it can be submitted', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await chooseLanguage(page, 'en'); // remembered per user: an earlier test left the planner in Arabic
    await page.goto(`${server.url}/plans/${PLAN}/entry`);
    const current = page.locator('tr', { has: page.getByRole('link', { name: /KAP-4.*Q4 2026/ }) });
    await current.waitFor();
    expect(await current.textContent()).toContain('In progress: submit from Jan 1, 2027');
    await current.getByRole('link').click();
    await page.getByRole('grid').waitFor();
    await valueCell(page, 'D4-K2').click();
    await page.keyboard.type('66');
    await page.keyboard.press('Enter');
    await expect.poll(() => saveStatus(page).textContent()).toBe('All changes saved');
    // A draft of the quarter in progress is rated as if the quarter had ended, not "not due".
    expect(await row(page, 'D4-K2').locator('td.col-status').textContent()).not.toMatch(/not due/i);
    const help = page.locator('#entry-submit-help');
    expect(await help.textContent()).toContain('submitted from Jan 1, 2027');
    const submit = page.getByRole('button', { name: 'Submit the quarter' });
    expect(await submit.getAttribute('aria-disabled')).toBe('true');
    await submit.click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
    expect(await page.locator('.entry-submit [role="alert"]').count()).toBe(0);
    const refused = await api('planner', 'POST', '/api/reviews/KAP-4/2026-Q4/submit', {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ code: string }>().code).toBe('quarter_not_ended');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'grid-layout-q4-en');

    await chooseLanguage(page, 'ar');
    await expect.poll(() => help.textContent()).toContain('2027');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'grid-layout-q4-ar');
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
