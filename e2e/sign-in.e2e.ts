// Signing in and out in a real browser, the framework page every role reaches, and an unknown address.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

describe('sign-in', () => {
  it('refuses a wrong password with a message, then signs in and out', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Username').fill('council');
    await page.getByLabel('Password').fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/username or password/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in-error');

    await signIn(page, server.url, 'council');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the framework to the Council in Arabic, right to left', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await chooseLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'framework-ar');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says plainly when an address does not exist, in English and Arabic', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'council');
    await page.goto(`${server.url}/plans/SP-2024-2027/nowhere`);
    await chooseLanguage(page, 'en'); // the Council chose Arabic in the test before: it is remembered
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await chooseLanguage(page, 'ar');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Page not found');
    expect(errors).toEqual([]);
    await context.close();
  });
});
