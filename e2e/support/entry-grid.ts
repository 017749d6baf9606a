// Finding one's way in the entry grid from a browser test.
import type { Page } from 'playwright-core';

export const PLAN = 'SP-2024-2027';

/** The value cell ("This quarter") of a KPI's row. */
export const valueCell = (page: Page, code: string) =>
  page.locator('tr', { has: page.locator('th', { hasText: code }) }).locator('td.col-value');

/** The card of a KPI on a phone, and its labelled field ("This quarter", "Note", …). */
export const kpiCard = (page: Page, code: string) =>
  page.locator('article.entry-card', { has: page.locator('h3', { hasText: code }) });

export async function openGrid(page: Page, baseUrl: string, priority: string, period = '2026-Q3') {
  await page.goto(`${baseUrl}/plans/${PLAN}/entry/${priority}/${period}`);
  try {
    // A phone (below 700 px) gets one card per KPI instead of the grid.
    await page.locator('[role="grid"], .entry-cards').first().waitFor({ timeout: 15_000 });
  } catch (error) {
    throw new Error(`No grid at ${page.url()}: ${(await page.locator('body').innerText()).slice(0, 400)}`, {
      cause: error,
    });
  }
}

/** Presses Tab until the focus is on a grid cell, as a keyboard user would. */
export async function tabIntoGrid(page: Page) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-cell') ?? false)) return;
  }
  throw new Error('Tab never reached the grid');
}
