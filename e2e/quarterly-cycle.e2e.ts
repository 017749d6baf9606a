// One quarter of one thematic priority from entry to publication, all through the screens: the planner
// fills values with the keyboard (one is refused in its cell) and submits; the reviewer returns one KPI
// with a comment; the planner sees it in the grid, corrects it and submits again; the reviewer approves;
// the values are locked and the Council sees the approved value on the KPI's page.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot, signIn } from './support/browser.ts';
import { PLAN, openGrid, tabIntoGrid, valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const COMMENT = 'The survey gives 68.5 for Q3: check the figure against the national report.';

/** Types into the focused cell and commits with Enter (the focus moves down a row). */
async function typeAndCommit(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function submitQuarter(page: Page) {
  const submit = page.getByRole('button', { name: 'Submit the quarter' });
  await expect.poll(() => submit.isEnabled()).toBe(true);
  await submit.focus();
  await page.keyboard.press('Enter');
  await page.getByText('This quarter is submitted for review').waitFor();
}

async function openReview(page: Page) {
  await page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-4/2026-Q3`);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

async function valueState(code: string): Promise<{ value: number | null; state: string }> {
  const row = await server.db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .select(['kpiValue.value', 'kpiValue.state'])
    .where('kpi.code', '=', code)
    .where('kpiValue.period', '=', '2026-Q3')
    .where('kpiValue.regionId', 'is', null)
    .executeTakeFirstOrThrow();
  return { value: row.value, state: row.state };
}

describe('a quarter from entry to the Council', () => {
  it('entry, return with a comment, correction, approval, lock and publication', async () => {
    // 1. The planner fills three values with the keyboard; a percentage of 150 is refused in its cell.
    const planner = await openPage(browser);
    await signIn(planner.page, server.url, 'planner');
    await openGrid(planner.page, server.url, 'KAP-4');
    await tabIntoGrid(planner.page);
    await typeAndCommit(planner.page, '6100000');
    await typeAndCommit(planner.page, '150');
    const percent = valueCell(planner.page, 'D4-K2');
    await expect.poll(() => percent.textContent()).toContain('A percentage goes from 0 to 100.');
    await planner.page.keyboard.press('ArrowUp');
    await planner.page.keyboard.press('Enter');
    await planner.page.keyboard.press('ControlOrMeta+a');
    await typeAndCommit(planner.page, '72.5');
    await typeAndCommit(planner.page, '17');
    await expect
      .poll(() => planner.page.getByRole('status').filter({ hasText: 'All changes saved' }).count())
      .toBe(1);
    await submitQuarter(planner.page);
    expect(await valueState('D4-K2')).toEqual({ value: 72.5, state: 'submitted' });

    // 2. The reviewer returns D4-K2 with a comment.
    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    await openReview(reviewer.page);
    // Marked to return (a comment alone also goes with an approval); only D4-K2 goes back, the other
    // KPIs are approved in the same decision.
    await reviewer.page.getByLabel('Return D4-K2').check();
    await reviewer.page.getByLabel('Comment on D4-K2').fill(COMMENT);
    await reviewer.page.getByRole('button', { name: 'Return to the planners' }).click();
    await reviewer.page.getByRole('button', { name: 'Yes, return' }).click();
    await expect
      .poll(() => reviewer.page.getByRole('status').allTextContents())
      .toContain(
        'Your decision is recorded: the KPIs marked are back with the planners, the others are approved.',
      );

    // 3. The planner sees the returned KPI highlighted in the grid with the comment, corrects it and
    //    submits again.
    await openGrid(planner.page, server.url, 'KAP-4');
    const returnedRow = planner.page.locator('tr.entry-returned', {
      has: planner.page.locator('th', { hasText: 'D4-K2' }),
    });
    expect(await returnedRow.textContent()).toContain(COMMENT);
    await screenshot(planner.page, 'cycle-grid-returned');
    await valueCell(planner.page, 'D4-K2').focus();
    await planner.page.keyboard.press('Enter');
    await planner.page.keyboard.press('ControlOrMeta+a');
    await typeAndCommit(planner.page, '68.5');
    await expect
      .poll(() => planner.page.getByRole('status').filter({ hasText: 'All changes saved' }).count())
      .toBe(1);
    await submitQuarter(planner.page);

    // 4. The reviewer approves; the values are approved and locked.
    await openReview(reviewer.page);
    await reviewer.page.getByRole('button', { name: 'Approve' }).click();
    await reviewer.page.getByRole('button', { name: 'Yes, approve' }).click();
    await expect
      .poll(() => reviewer.page.getByRole('status').allTextContents())
      .toContain('The quarter is approved: its values are locked.');
    expect(await valueState('D4-K2')).toEqual({ value: 68.5, state: 'approved' });

    await openGrid(planner.page, server.url, 'KAP-4');
    expect(await planner.page.getByRole('grid').getAttribute('aria-readonly')).toBe('true');
    const kpi = await server.db
      .selectFrom('kpi')
      .select('id')
      .where('code', '=', 'D4-K2')
      .executeTakeFirstOrThrow();
    const session = await planner.page.request.get(`${server.url}/api/auth/session`);
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const put = await planner.page.request.put(`${server.url}/api/kpis/${kpi.id}/values/2026-Q3`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { value: 70, version: 99 },
    });
    expect(put.status()).toBe(423);

    // 5. The Council sees the approved value as the KPI's latest.
    const council = await openPage(browser);
    await signIn(council.page, server.url, 'council');
    await council.page.goto(`${server.url}/plans/${PLAN}/kpis/D4-K2`);
    await council.page.locator('[data-state="ready"]').waitFor();
    await expect.poll(() => council.page.locator('.kpi-latest-value').textContent()).toBe('68.5%');
    await screenshot(council.page, 'cycle-council-kpi');

    for (const { page, errors, context } of [planner, reviewer, council]) {
      expect(errors, page.url()).toEqual([]);
      await context.close();
    }
  });
});
