// A retired priority in a real browser (issue 14; the rule is shared/src/retired-items.ts): KAP-2 and its
// outcomes retired in March 2026 leave the framework page and the entry due page (the current screens), and
// stay in the 2025 annual report (a year that ended before they retired); the 2026 report, the year under
// way, no longer lists it. English, axe clean.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
const PLAN = 'SP-2024-2027';
const PRIORITY = 'KAP-2';

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

/** Retires the priority and its outcomes as of 1 March 2026, as a framework import leaving them out would. */
async function retirePriority(): Promise<void> {
  const row = await server.db
    .selectFrom('thematicPriority')
    .innerJoin('plan', 'plan.id', 'thematicPriority.planId')
    .select('thematicPriority.id')
    .where('plan.code', '=', PLAN)
    .where('thematicPriority.code', '=', PRIORITY)
    .executeTakeFirstOrThrow();
  const retiredAt = '2026-03-01T00:00:00.000Z';
  await server.db.updateTable('outcome').set({ retiredAt }).where('priorityId', '=', row.id).execute();
  await server.db.updateTable('thematicPriority').set({ retiredAt }).where('id', '=', row.id).execute();
}

const priorityCodes = (page: Page) => page.locator('bdi.code', { hasText: /^KAP-\d+$/ }).allTextContents();

async function duePriorities(page: Page): Promise<string[]> {
  await page.goto(`${server.url}/plans/${PLAN}/entry`);
  await page.getByRole('heading', { level: 1, name: 'What is due' }).waitFor();
  await page.getByRole('link', { name: /KAP-/ }).first().waitFor();
  const names = await page.getByRole('link', { name: /KAP-/ }).allTextContents();
  return names.map((n) => /KAP-\d+/.exec(n)?.[0] ?? '');
}

async function reportRow(page: Page, year: number) {
  await page.goto(`${server.url}/plans/${PLAN}/reports/${year}`);
  await page.locator('.report-table tr[data-code]').first().waitFor();
  return page.locator(`.report-table tr[data-code="${PRIORITY}"]`).count();
}

describe('a retired priority', () => {
  it('leaves the framework page and the due page, and stays in the 2025 report', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    // before: on every screen
    expect(await duePriorities(page)).toContain(PRIORITY);
    await page.goto(`${server.url}/plans/${PLAN}/framework`);
    await expect.poll(() => priorityCodes(page)).toContain(PRIORITY);

    await retirePriority();

    await page.goto(`${server.url}/plans/${PLAN}/framework`);
    await expect.poll(async () => (await priorityCodes(page)).length).toBeGreaterThan(0);
    expect(await priorityCodes(page)).not.toContain(PRIORITY);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'retired-framework');

    const due = await duePriorities(page);
    expect(due.length).toBeGreaterThan(0);
    expect(due).not.toContain(PRIORITY);
    expect(await accessibilityViolations(page)).toEqual([]);

    expect(await reportRow(page, 2025)).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'retired-report-2025');
    expect(await reportRow(page, 2026)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
