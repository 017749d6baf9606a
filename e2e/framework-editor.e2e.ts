// An administrator authors the active plan's framework on the editor: adds a thematic priority with an
// outcome and an output, changes a target's value with the reason the active plan asks for, and reads the
// change in the target's history. Keyboard moves, and the screen is axe-clean in English and Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

async function fillForm(page: Page, form: string, fields: Record<string, string>) {
  const scope = page.getByRole('form', { name: form });
  for (const [label, value] of Object.entries(fields)) await scope.getByLabel(label).fill(value);
  await scope.getByRole('button', { name: 'Add', exact: true }).click();
}

describe('framework editor', () => {
  it('adds a priority with an outcome and an output, and changes a target with a reason', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Framework editor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Framework editor' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Goals and targets' }).waitFor();
    const status = page.locator('.editor-announcement');

    await page.getByRole('button', { name: 'Add a thematic priority' }).click();
    await fillForm(page, 'Add a thematic priority', {
      Code: 'E2E-P',
      'Name (English)': 'Trusted digital services',
      'Lead unit': 'ITU-T',
    });
    await expect.poll(() => status.textContent()).toBe('E2E-P added.');
    await page.getByRole('button', { name: 'Add an outcome under E2E-P' }).click();
    await fillForm(page, 'Add an outcome', { Code: 'E2E-P.1', 'Name (English)': 'Services people trust' });
    await expect.poll(() => status.textContent()).toBe('E2E-P.1 added.');
    await page.getByRole('button', { name: 'Add an output under E2E-P' }).click();
    await fillForm(page, 'Add an output', { Code: 'E2E-P.S1', 'Name (English)': 'Trust guidelines' });
    await expect.poll(() => status.textContent()).toBe('E2E-P.S1 added.');
    const outputs = page.getByRole('list', { name: 'Outputs (products and services) of E2E-P', exact: true });
    await expect
      .poll(() => outputs.locator(':scope > li').evaluateAll((items) => items.map((i) => i.dataset.code)))
      .toEqual(['E2E-P.S1']);

    // a second outcome, moved above the first with the keyboard
    await page.getByRole('button', { name: 'Add an outcome under E2E-P' }).click();
    await fillForm(page, 'Add an outcome', { Code: 'E2E-P.2', 'Name (English)': 'Second outcome' });
    await expect.poll(() => status.textContent()).toBe('E2E-P.2 added.');
    await page.getByRole('button', { name: /^Move up E2E-P\.2 / }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => status.textContent()).toBe('E2E-P.2 moved up.');
    const outcomes = page.getByRole('list', { name: 'Outcomes of E2E-P', exact: true });
    await expect
      .poll(() => outcomes.locator(':scope > li').evaluateAll((items) => items.map((i) => i.dataset.code)))
      .toEqual(['E2E-P.2', 'E2E-P.1']);

    // a target of the active plan: the value changes only with a reason
    await page.getByRole('button', { name: /^Edit UMC-3 / }).click();
    const value = page.getByLabel('Target value (empty for a qualitative target)');
    await value.fill('75');
    const save = page.getByRole('button', { name: 'Save' });
    await save.click();
    await expect
      .poll(() =>
        page.getByText("The plan is active: say why the target's value or deadline changes.").count(),
      )
      .toBe(1);
    await page.getByLabel('Reason for the change').fill('Mid-term review of the Connect 2030 targets');
    await save.click();
    await expect.poll(() => status.textContent()).toBe('UMC-3 saved.');
    await page.getByRole('button', { name: /^History UMC-3 / }).click();
    const history = page.getByRole('region', { name: 'History of UMC-3' });
    await expect
      .poll(() => history.textContent())
      .toContain('reason: Mid-term review of the Connect 2030 targets');
    expect(await history.textContent()).toContain('75');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'framework-editor');

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 1, name: 'محرر الإطار' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
