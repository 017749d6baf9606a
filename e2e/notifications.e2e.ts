// Notifications in a real browser: the reminder sweep and a reviewer's return reach the planner's inbox;
// the header names the unread count ("Inbox, 3 unread"); the inbox lists the notices newest first, marks
// one read and leads to its quarter; the settings screen keeps a choice. English and Arabic, wide and on
// a phone, axe-checked.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NotificationPreferences, ReviewDetail, UnreadCount } from '@rbm/shared/schemas';
import {
  accessibilityViolations,
  chooseLanguage,
  DEMO_PASSWORD,
  openPage,
  screenshot,
  signIn,
  widerThanScreen,
} from './support/browser.ts';
import { PLAN } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite(async (s, b) => {
  [server, browser] = [s, b];
  // The server's own sweep, on its fixed "today" (23 November 2026: 2026-Q3 was due on 15 October).
  await server.app.notifier.sweep();
  await returnOneKpi('KAP-1');
});

/** The reviewer sends one KPI of the priority's 2026-Q3 back, through the API as a script would. */
async function returnOneKpi(priority: string): Promise<void> {
  const { context, page } = await openPage(browser);
  const login = await page.request.post(`${server.url}/api/auth/login`, {
    data: { username: 'reviewer', password: DEMO_PASSWORD },
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const url = `${server.url}/api/reviews/${priority}/2026-Q3`;
  const detail = (await (await page.request.get(url)).json()) as ReviewDetail;
  expect(detail.status).toBe('submitted');
  const code = detail.kpis.find((k) => k.pending)?.code ?? '';
  const res = await page.request.post(`${url}/decision`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { kpis: [{ code, decision: 'return', comment: 'Please cite the source' }] },
  });
  expect(res.status(), await res.text()).toBe(200);
  await context.close();
}

const unread = async (page: Page) =>
  ((await (await page.request.get(`${server.url}/api/notifications/unread-count`)).json()) as UnreadCount)
    .unread;

const inboxLink = (page: Page) => page.locator('header a.inbox-link');

describe('the inbox', () => {
  it('shows the unread count in the header and the notices, newest first, in English', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    const count = await unread(page);
    expect(count).toBeGreaterThanOrEqual(1);
    await expect.poll(() => inboxLink(page).getAttribute('aria-label')).toBe(`Inbox, ${count} unread`);

    await page.getByRole('link', { name: `Inbox, ${count} unread` }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    const titles = page.locator('.inbox-notice-title');
    await expect.poll(() => titles.first().textContent()).toBe('Returned: KAP-1, 2026-Q3');
    expect(await page.getByText(`${count} unread of`).count()).toBe(1);
    expect(await titles.allTextContents()).toContain('Overdue: KAP-2, 2026-Q3');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-inbox-en-desktop');

    // Mark the newest read: the header counts one fewer.
    await page.getByRole('button', { name: 'Mark read: Returned: KAP-1, 2026-Q3' }).click();
    const fewer = count - 1 === 0 ? 'Inbox' : `Inbox, ${count - 1} unread`;
    await expect.poll(() => inboxLink(page).getAttribute('aria-label')).toBe(fewer);

    // A notice leads to its quarter.
    await page.getByRole('link', { name: 'Returned: KAP-1, 2026-Q3' }).click();
    await page.waitForURL(`${server.url}/plans/${PLAN}/entry/KAP-1/2026-Q3`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads right to left in Arabic, wide and on a phone', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page, errors } = await openPage(browser, { viewport });
      await signIn(page, server.url, 'planner');
      await chooseLanguage(page, 'ar');
      await page.goto(`${server.url}/inbox`);
      await page.getByRole('heading', { level: 1, name: 'صندوق الوارد' }).waitFor();
      // Codes and periods are isolated (U+2068 … U+2069) so 2026-Q3 reads as such inside Arabic.
      const titles = async () =>
        (await page.locator('.inbox-notice-title').allTextContents()).map((t) =>
          t.replace(/[\u2068\u2069]/g, ''),
        );
      await expect.poll(titles).toContain('أُعيد: KAP-1، 2026-Q3');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await widerThanScreen(page)).toEqual([]);
      await screenshot(page, `notifications-inbox-ar-${viewport}`);
      await chooseLanguage(page, 'en'); // the language is remembered on the user: leave it as found
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('fits a phone in English too', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: 'phone' });
    await signIn(page, server.url, 'planner');
    await page.goto(`${server.url}/inbox`);
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    await page.locator('.inbox-notice-title').first().waitFor();
    expect(await widerThanScreen(page)).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-inbox-en-phone');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('choosing what to receive', () => {
  it('keeps a choice made on the settings screen, in English and Arabic', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.goto(`${server.url}/inbox`);
    await page.getByRole('link', { name: 'Choose what you receive' }).click();
    await page.getByRole('heading', { level: 1, name: 'What you receive' }).waitFor();
    const approved = page.getByRole('checkbox', { name: 'Inbox: Your quarter was approved' });
    const digest = page.getByRole('checkbox', { name: 'E-mail: Weekly digest' });
    expect(await approved.isChecked()).toBe(true);
    expect(await digest.isChecked()).toBe(false);
    await page.getByText('E-mail is not set up on this server').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-settings-en-desktop');

    await approved.uncheck();
    await digest.check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.getByRole('status').filter({ hasText: 'Your choices are saved.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'What you receive' }).waitFor();
    expect(await approved.isChecked()).toBe(false);
    expect(await digest.isChecked()).toBe(true);
    const saved = (await (
      await page.request.get(`${server.url}/api/notifications/preferences`)
    ).json()) as NotificationPreferences;
    expect(saved.kinds).toContainEqual({ kind: 'review_approved', inbox: false, email: true });
    expect(saved.kinds).toContainEqual({ kind: 'weekly_digest', inbox: false, email: true });

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 1, name: 'ما تتلقاه' }).waitFor();
    // E-mails follow the language now stored on the user.
    await page.getByText('تُكتب الرسائل بلغتك: العربية').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications-settings-ar-desktop');
    await chooseLanguage(page, 'en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
