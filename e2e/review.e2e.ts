// The quarterly review in a real browser: a reviewer returns one KPI with a comment from the queue, the
// planner sees it, resubmits, the reviewer approves and the values lock; an action item opened in one
// quarter is carried to the next. Accessible in English and Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReviewDetail } from '@rbm/shared/schemas';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

const PLAN = 'SP-2024-2027';
let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

/** Calls the API as the page's signed-in user (session cookie and CSRF token). */
async function callApi(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: object) {
  const session = await page.request.get(`${server.url}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await page.request.fetch(`${server.url}${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  return { status: res.status(), body: (await res.json()) as unknown };
}

describe('quarterly review', () => {
  it('return with a comment, resubmit, approve (values locked), action items carried forward', async () => {
    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    await reviewer.page.goto(`${server.url}/plans/${PLAN}/reviews`);
    await reviewer.page.getByRole('heading', { level: 1, name: 'Quarterly reviews' }).waitFor();
    const link = reviewer.page.getByRole('link', { name: /KAP-3.*Q3 2026/ });
    await link.waitFor();
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);
    await screenshot(reviewer.page, 'review-queue');

    await link.click();
    await reviewer.page.waitForURL(/\/reviews\/KAP-3\/2026-Q3$/);
    // Returning one KPI: it is marked and commented (problem 2 made marking explicit, as a comment alone no
    // longer means "return": comments also go with an approval).
    await reviewer.page.getByLabel('Return D3-K3').check();
    const comment = reviewer.page.getByLabel('Comment on D3-K3');
    await comment.fill('The Q3 source is missing: attach the survey report.');
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);
    await screenshot(reviewer.page, 'review-page');
    // Returning without any comment is refused in the form first.
    await comment.fill('');
    await reviewer.page.getByRole('button', { name: 'Return to the planners' }).click();
    await expect
      .poll(() => reviewer.page.getByRole('alert').first().textContent())
      .toMatch(/Write a comment/);
    await comment.fill('The Q3 source is missing: attach the survey report.');
    await reviewer.page.getByRole('button', { name: 'Return to the planners' }).click();
    await reviewer.page.getByRole('button', { name: 'Yes, return' }).click();
    // Only D3-K3 goes back; the other KPIs are approved in the same decision.
    await expect
      .poll(() => reviewer.page.getByRole('status').allTextContents())
      .toContain(
        'Your decision is recorded: the KPIs marked are back with the planners, the others are approved.',
      );

    // The planner sees the returned KPI with its comment.
    const planner = await openPage(browser);
    await signIn(planner.page, server.url, 'planner');
    await planner.page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-3/2026-Q3`);
    await planner.page.getByText('The Q3 source is missing: attach the survey report.').first().waitFor();
    const returnedRow = planner.page.getByRole('row', { name: /D3-K3/ });
    expect(await returnedRow.textContent()).toContain('The Q3 source is missing');
    expect(await planner.page.getByText(/1 KPI returned with a comment: D3-K3/).count()).toBe(1);

    // An action item opened in 2026-Q2 (reopened by an admin for it) is carried to 2026-Q3.
    const admin = await openPage(browser);
    await signIn(admin.page, server.url, 'admin');
    const reopened = await callApi(admin.page, 'POST', '/api/reviews/KAP-3/2026-Q2/reopen', {
      comment: 'Record the follow-up agreed at the retreat',
    });
    expect(reopened.status).toBe(200);
    await planner.page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-3/2026-Q2`);
    await planner.page.getByLabel('Action', { exact: true }).fill('Publish the survey method');
    await planner.page.getByLabel('Owner', { exact: true }).fill('BDT/DNS');
    await planner.page.getByLabel('Due date', { exact: true }).fill('2027-01-31');
    await planner.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => planner.page.getByRole('status').allTextContents())
      .toContain('Action item added: Publish the survey method');
    await planner.page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-3/2026-Q3`);
    const carried = planner.page.getByRole('row', { name: /Publish the survey method/ });
    await carried.waitFor();
    expect(await carried.textContent()).toContain('Carried from 2026-Q2');

    // The planner resubmits through the API; the reviewer approves; the values are locked.
    expect((await callApi(planner.page, 'POST', '/api/reviews/KAP-3/2026-Q3/submit', {})).status).toBe(200);
    await reviewer.page.reload();
    await reviewer.page.getByRole('button', { name: 'Approve' }).click();
    await reviewer.page.getByRole('button', { name: 'Yes, approve' }).click();
    await expect
      .poll(() => reviewer.page.getByRole('status').allTextContents())
      .toContain('The quarter is approved: its values are locked.');
    const detail = (await callApi(planner.page, 'GET', '/api/reviews/KAP-3/2026-Q3')).body as ReviewDetail;
    expect(detail.status).toBe('approved');
    expect(detail.kpis.filter((k) => k.valueId !== null).every((k) => k.state === 'approved')).toBe(true);
    const kpi = await server.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D3-K3')
      .executeTakeFirstOrThrow();
    const d3k3 = detail.kpis.find((k) => k.code === 'D3-K3');
    const put = await callApi(planner.page, 'PUT', `/api/kpis/${kpi.id}/values/2026-Q3`, {
      value: 50,
      version: d3k3?.version ?? 0,
    });
    expect(put.status).toBe(423);
    // The history shows the decisions with their reasons.
    const history = reviewer.page.getByRole('region', { name: 'History of decisions' });
    expect(await history.textContent()).toContain('The Q3 source is missing');

    expect([...reviewer.errors, ...planner.errors, ...admin.errors]).toEqual([]);
    await Promise.all([reviewer.context.close(), planner.context.close(), admin.context.close()]);
  });

  it('has no accessibility violations in Arabic, on the queue and the review page', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await page.goto(`${server.url}/plans/${PLAN}/reviews?status=all`);
    await chooseLanguage(page, 'ar');
    await page.getByRole('link', { name: /KAP-5.*الربع الثالث 2026/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /KAP-5.*الربع الثالث 2026/ }).click();
    await page.waitForURL(/\/reviews\/KAP-5\/2026-Q3$/);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'review-page-ar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
