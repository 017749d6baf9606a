// The planner's quarterly entry with the keyboard alone (WCAG 2.1.1): sign in, reach "Data entry" and
// the priority's quarter through the navigation, fill values, correct a refused one, submit. No mouse,
// no address typed after the first.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage } from './support/browser.ts';
import { valueCell } from './support/entry-grid.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
browserSuite((s, b) => {
  [server, browser] = [s, b];
});

/** Presses Tab until the focused element's tag and text match, as a keyboard user would look for it. */
async function tabTo(page: Page, tag: string, text: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName.toLowerCase() ?? '',
      text: document.activeElement?.textContent ?? '',
      label: document.activeElement?.getAttribute('aria-label') ?? '',
      id: document.activeElement?.id ?? '',
    }));
    if (focused.tag === tag && (text.test(focused.text) || text.test(focused.label) || text.test(focused.id)))
      return;
  }
  throw new Error(`Tab never reached a <${tag}> matching ${text}`);
}

describe('keyboard only', () => {
  it('a planner signs in, finds the quarter, fills it and submits it without a mouse', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${server.url}/sign-in`);
    await tabTo(page, 'input', /username/);
    await page.keyboard.type('planner');
    await page.keyboard.press('Tab');
    await page.keyboard.type('rbm-demo');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));

    await tabTo(page, 'a', /^Data entry$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, 'a', /KAP-4.*Q3 2026/);
    await page.keyboard.press('Enter');
    await page.getByRole('grid').waitFor();

    await tabTo(page, 'td', /./);
    await page.keyboard.type('6200000');
    await page.keyboard.press('Enter');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    const percent = valueCell(page, 'D4-K2');
    expect(await percent.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('70');
    await page.keyboard.press('Enter');
    await page.keyboard.type('18');
    await page.keyboard.press('Enter');
    await expect.poll(() => percent.getAttribute('aria-invalid')).toBeNull();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count())
      .toBe(1);

    await tabTo(page, 'button', /^Submit the quarter$/);
    await page.keyboard.press('Enter');
    await page.getByText('This quarter is submitted for review').waitFor();
    const stored = await server.db
      .selectFrom('kpiValue')
      .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
      .select(['kpi.code', 'kpiValue.value', 'kpiValue.state'])
      .where('kpi.code', 'in', ['D4-K1', 'D4-K2', 'D4-K3'])
      .where('kpiValue.period', '=', '2026-Q3')
      .where('kpiValue.regionId', 'is', null)
      .orderBy('kpi.code')
      .execute();
    expect(stored).toEqual([
      { code: 'D4-K1', value: 6200000, state: 'submitted' },
      { code: 'D4-K2', value: 70, state: 'submitted' },
      { code: 'D4-K3', value: 18, state: 'submitted' },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
