// Decisions per KPI in a real browser: the review page reads narrative, then values against target,
// expected value and previous quarter, then the decision; a comment typed on a KPI survives leaving the
// page and goes with the approval into the history; returning one KPI approves the others and opens only
// that KPI in the planner's grid. Accessible in English and Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ReviewDetail } from '@rbm/shared/schemas';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { openGrid, PLAN, valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const reviewUrl = (priority: string) => `${server.url}/plans/${PLAN}/reviews/${priority}/2026-Q3`;

/** The quarter as the API shows it to the page's user; the test checks it is what it needs. */
async function review(page: Page, priority: string): Promise<ReviewDetail> {
  const res = await page.request.get(`${server.url}/api/reviews/${priority}/2026-Q3`);
  expect(res.status()).toBe(200);
  return (await res.json()) as ReviewDetail;
}

/** A submitted quarter with at least two KPIs waiting for the decision: their codes. */
async function pendingCodes(page: Page, priority: string): Promise<string[]> {
  const detail = await review(page, priority);
  expect(detail.status).toBe('submitted');
  const codes = detail.kpis.filter((k) => k.pending).map((k) => k.code);
  expect(codes.length).toBeGreaterThanOrEqual(2);
  return codes;
}

const status = (page: Page) => page.getByRole('status').allTextContents();

describe('review decisions per KPI', () => {
  it('reads narrative, then values with target, expected and previous quarter, then the decision', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await pendingCodes(page, 'KAP-1');
    await page.goto(reviewUrl('KAP-1'));
    await page.getByRole('heading', { level: 2, name: 'Decision', exact: true }).waitFor();
    const headings = await page.locator('h2').allTextContents();
    const at = (name: string) => headings.indexOf(name);
    expect(at('Rating and narrative')).toBeGreaterThanOrEqual(0);
    expect(at('Rating and narrative')).toBeLessThan(at('Values of the quarter'));
    expect(at('Values of the quarter')).toBeLessThan(at('Decision'));
    for (const column of ['Target of the year', 'Expected this quarter', 'Previous quarter']) {
      expect(await page.getByRole('columnheader', { name: column }).count(), column).toBe(1);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'review-decisions-order');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a KPI comment when the reviewer leaves, and sends it with the approval', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    const [code = ''] = await pendingCodes(page, 'KAP-3');
    const text = `Approved, but cite the source of ${code} next time.`;
    await page.goto(reviewUrl('KAP-3'));
    await page.getByLabel(`Comment on ${code}`).fill(text);

    // Leaving the page and coming back keeps the comment.
    await page.getByRole('link', { name: 'All reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quarterly reviews' }).waitFor();
    await page.goto(reviewUrl('KAP-3'));
    expect(await page.getByLabel(`Comment on ${code}`).inputValue()).toBe(text);
    await page.getByText('Your unsent comments from an earlier visit are kept here').waitFor();

    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Yes, approve' }).click();
    await expect.poll(() => status(page)).toContain('The quarter is approved: its values are locked.');
    const history = page.getByRole('region', { name: 'History of decisions' });
    await expect.poll(() => history.textContent()).toContain(text);
    expect(await history.textContent()).toContain(`${code} approved`);
    const detail = await review(page, 'KAP-3');
    expect(detail.status).toBe('approved');
    expect(detail.decisions.at(-1)?.kpis).toContainEqual({ code, decision: 'approve', comment: text });
    // Sent, the draft is gone: the page no longer offers it back.
    const key = `rbm.draft.review-decision.${PLAN}.KAP-3.2026-Q3`;
    expect(await page.evaluate((k) => sessionStorage.getItem(k), key)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("returns one KPI and approves the rest: only that KPI is editable in the planner's grid", async () => {
    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    const [returned = '', ...others] = await pendingCodes(reviewer.page, 'KAP-5');
    await reviewer.page.goto(reviewUrl('KAP-5'));
    await reviewer.page.getByLabel(`Return ${returned}`).check();
    await reviewer.page.getByLabel(`Comment on ${returned}`).fill('The regional split does not add up.');
    expect(await reviewer.page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await reviewer.page.getByRole('button', { name: 'Return to the planners' }).click();
    expect(await reviewer.page.getByRole('group').textContent()).toContain(
      `Return ${returned} to the planners and approve the other KPIs?`,
    );
    await reviewer.page.getByRole('button', { name: 'Yes, return' }).click();
    await expect
      .poll(() => status(reviewer.page))
      .toContain(
        'Your decision is recorded: the KPIs marked are back with the planners, the others are approved.',
      );
    const detail = await review(reviewer.page, 'KAP-5');
    expect(detail.status).toBe('returned');
    expect(detail.kpis.find((k) => k.code === returned)?.state).toBe('draft');
    for (const code of others) expect(detail.kpis.find((k) => k.code === code)?.state, code).toBe('approved');
    // The queue says how much of the quarter went back.
    await reviewer.page.goto(`${server.url}/plans/${PLAN}/reviews?status=with_planners`);
    const row = reviewer.page.getByRole('row', { name: /KAP-5.*Q3 2026/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(`(1 of ${detail.kpiCounts.due} KPIs sent back)`);
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);

    const planner = await openPage(browser);
    await signIn(planner.page, server.url, 'planner');
    await openGrid(planner.page, server.url, 'KAP-5');
    expect(await valueCell(planner.page, returned).getAttribute('aria-readonly')).toBeNull();
    for (const code of others) {
      expect(await valueCell(planner.page, code).getAttribute('aria-readonly'), code).toBe('true');
    }
    await screenshot(planner.page, 'review-decisions-grid');
    expect([...reviewer.errors, ...planner.errors]).toEqual([]);
    await Promise.all([reviewer.context.close(), planner.context.close()]);
  });

  it('has no accessibility violations in Arabic with the decision inputs in use', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await pendingCodes(page, 'KAP-1');
    await page.goto(reviewUrl('KAP-1'));
    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.locator('.review-return-mark input').first().check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'review-decisions-ar');
    expect(errors).toEqual([]);
    await context.close();
  });
});
