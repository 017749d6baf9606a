// An administrator authors what surrounds the results chain on the framework editor: adds a regional office
// under a Sector and moves it under its Bureau, renames a region in French, adds an enabler to the plan,
// moves a region with the keyboard and retires an intersectoral theme. Axe-clean at 1366 px in English and
// Arabic (right to left); nothing sticks out at 390 px.
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
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const codesIn = (page: Page, list: string) =>
  page
    .getByRole('list', { name: list, exact: true })
    .locator(':scope > li')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code));

const sectionCodes = (page: Page, heading: string) =>
  page
    .getByRole('region', { name: heading, exact: true })
    .locator(':scope > ul > li')
    .evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code));

describe('framework editor: units, regions, enablers and themes', () => {
  it('adds a regional office under a Sector, renames a region in French, adds an enabler, retires a theme', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Framework editor' }).click();
    await page.getByRole('heading', { level: 2, name: 'Organisational units' }).waitFor();
    const status = page.locator('.editor-announcement');

    // a regional office under ITU-D
    await page.getByRole('button', { name: 'Add a unit under ITU-D' }).click();
    const addUnit = page.getByRole('form', { name: 'Add a unit' });
    await addUnit.getByLabel('Code').fill('RO-E2E');
    await addUnit.getByLabel('Name (English)').fill('Regional Office for the Pacific Islands');
    await addUnit.getByLabel('Kind of unit').selectOption('regional_office');
    await addUnit.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('RO-E2E added.');
    await expect.poll(() => codesIn(page, 'Units under ITU-D')).toContain('RO-E2E');

    // moved under the Bureau: the tree follows
    await page.getByRole('button', { name: /^Edit RO-E2E / }).click();
    await page.getByLabel('Unit above it').fill('BDT');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => status.textContent()).toBe('RO-E2E saved.');
    await expect.poll(() => codesIn(page, 'Units under BDT')).toContain('RO-E2E');

    // Europe's French name
    await page.getByRole('button', { name: /^Edit EUR / }).click();
    await page.getByText('Name in other languages').click();
    await page.getByLabel('Name (French)').fill('Europe et Méditerranée');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => status.textContent()).toBe('EUR saved.');
    await page.getByRole('button', { name: /^Edit EUR / }).click();
    await page.getByText('Name in other languages').click();
    expect(await page.getByLabel('Name (French)').inputValue()).toBe('Europe et Méditerranée');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // the region moved one place up with the keyboard
    await page.getByRole('button', { name: /^Move up EUR / }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => status.textContent()).toBe('EUR moved up.');
    await expect
      .poll(() => sectionCodes(page, 'Regions'))
      .toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'EUR', 'CIS']);

    // an enabler of the plan
    await page.getByRole('button', { name: 'Add an enabler' }).click();
    const addEnabler = page.getByRole('form', { name: 'Add an enabler' });
    await addEnabler.getByLabel('Code').fill('E2E-EN');
    await addEnabler.getByLabel('Name (English)').fill('Digital workplace');
    await addEnabler.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('E2E-EN added.');
    await expect.poll(() => sectionCodes(page, 'Enablers')).toContain('E2E-EN');

    // a theme retired: it stays, marked, and can be restored
    await page.getByRole('button', { name: /^Retire GEN / }).click();
    await expect.poll(() => status.textContent()).toBe('GEN retired.');
    await page.getByRole('button', { name: /^Restore GEN / }).waitFor();
    expect(await page.getByRole('button', { name: /^Move up GEN / }).count()).toBe(0);

    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'framework-units');

    await chooseLanguage(page, 'ar');
    await page.getByRole('heading', { level: 2, name: 'الوحدات التنظيمية' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await widerThanScreen(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
