// Chromium for the browser tests: Debian's package (installed by .ci/run), driven by playwright-core.
// A missing browser fails the suite with a message saying how to install it; it is never skipped.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/config.ts';
import { E2E_NOW } from './test-server.ts';

export const CHROMIUM = process.env.RBM_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(REPO_ROOT, 'e2e', 'artifacts');
export const DEMO_PASSWORD = 'rbm-demo';

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}: run "apt-get install chromium" (Debian) or set RBM_CHROMIUM`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PageOptions {
  viewport?: ViewportName;
  /** The browser's preferred language; the SPA starts in it. */
  locale?: string;
}

/** A fresh context (no cookies, no storage) whose clock reads the suite's "today". Console errors other
 * than failed requests are collected in `errors` so a test can assert there are none. */
export async function openPage(
  browser: Browser,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    locale: options.locale ?? 'en-GB',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(E2E_NOW);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // A 4xx the UI handles (a validation error, a conflict) is logged by Chromium as a failed resource.
    if (/Failed to load resource/.test(text)) return;
    errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Signs in through the sign-in form and waits for the page the app lands on. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Switches the interface language with the header's picker (remembered on the signed-in user). */
export async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.locator(`header select:has(option[value="${language}"])`).selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Waits until no loading state is left on the page. A screen may show several at once (the tokens
 * and the Sectors, say), so this counts them rather than waiting on one locator, which strict mode
 * refuses when two match. */
export async function waitForLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.state-loading') === null);
}

/** Opens a screen of the app and waits until it is ready: its `ready` element (the page's h1 unless told)
 * is there, so its code and data have come, and no loading state is left. */
export async function visit(page: Page, url: string, ready = 'main h1'): Promise<void> {
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await waitForLoaded(page);
}

/** Saves a full-page screenshot in e2e/artifacts/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // charts draw one after another, once near the screen (components/charts/chart-turns.ts): scroll
  // through the page so each comes near, and photograph them all drawn
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => document.querySelector('.chart-placeholder') === null, undefined, {
    timeout: 15_000,
  });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** axe-core's WCAG 2.1 A/AA rules on the current page; returns one line per violation and node, so a
 * failing assertion says what to fix. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe inside the page. The default mode opens a blank page in the same context to
  // merge results, which takes the focus away from the page under test: a keyboard test that checks axe
  // mid-way then finds its focus on the skip link, at random.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target.join(' ')}`),
  );
}

/** Switches every chart to its table (the button's name changes, so always the first one left). */
export async function showAllTables(page: Page) {
  const buttons = page.locator('.chart-panel-actions button[aria-pressed="false"]');
  while ((await buttons.count()) > 0) await buttons.first().click();
}

/** Elements sticking out of the viewport sideways (a phone must not scroll horizontally). */
export function widerThanScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
      })
      .filter((element) => !element.closest('.table-scroll'))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`,
      ),
  );
}
