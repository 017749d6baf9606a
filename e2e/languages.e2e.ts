// The language follows the user: chosen once, it is back after signing in again in another browser, with
// Arabic right to left. Every screen of the shell passes axe in English and in Arabic.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  visit,
} from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe('languages', () => {
  it('remembers the language on the user: Arabic again after signing in in a fresh browser', async () => {
    const first = await openPage(browser);
    await signIn(first.page, server.url, 'planner');
    await chooseLanguage(first.page, 'ar');
    expect(await documentLanguage(first.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await first.page.getByRole('button', { name: 'تسجيل الخروج' }).click();
    await first.page.waitForURL(/\/sign-in/);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await openPage(browser, { locale: 'en-GB' });
    await signIn(second.page, server.url, 'planner');
    await expect.poll(() => documentLanguage(second.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await second.page.locator('main h1').first().waitFor();
    expect(await second.page.locator('main h1').first().textContent()).toMatch(/[\u0600-\u06ff]/);
    // Reloading starts in Arabic straight away: the first paint waits for the language's texts.
    await second.page.reload();
    await second.page.locator('main h1').first().waitFor();
    expect(await documentLanguage(second.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('moves the focus to the new page heading and names the page in the title', async () => {
    const { context, page } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.title)).toMatch(/^Users – RBM dashboard$/);
    await context.close();
  });

  const signOutLabel = { en: 'Sign out', ar: 'تسجيل الخروج' } as const;
  for (const language of ['en', 'ar'] as const) {
    it(`passes axe on every screen of the shell in ${language === 'en' ? 'English' : 'Arabic'}`, async () => {
      const { context, page, errors } = await openPage(browser);
      await signIn(page, server.url, 'admin');
      await chooseLanguage(page, language);
      const plannerId = await page.evaluate(async () => {
        const res = await fetch('/api/users');
        const body = (await res.json()) as { items: { id: number; username: string }[] };
        return body.items.find((u) => u.username === 'planner')?.id;
      });
      for (const path of [
        '/plans/SP-2024-2027/framework',
        '/admin/users',
        `/admin/users/${plannerId}`,
        '/admin/users/new',
        '/admin/translations',
      ]) {
        await visit(page, `${server.url}${path}`);
        expect(await documentLanguage(page)).toEqual({
          lang: language,
          dir: language === 'ar' ? 'rtl' : 'ltr',
        });
        expect({ screen: path, violations: await accessibilityViolations(page) }).toEqual({
          screen: path,
          violations: [],
        });
        if (language === 'ar' && path === '/admin/users') await screenshot(page, 'users-ar');
        if (language === 'ar' && path === '/admin/translations')
          await screenshot(page, 'translations-admin-ar');
      }
      await page.getByRole('button', { name: signOutLabel[language] }).click();
      await page.waitForURL(/\/sign-in/);
      await page.locator('main h1').first().waitFor();
      expect(await documentLanguage(page)).toEqual({
        lang: language,
        dir: language === 'ar' ? 'rtl' : 'ltr',
      });
      expect({ screen: 'sign-in', violations: await accessibilityViolations(page) }).toEqual({
        screen: 'sign-in',
        violations: [],
      });
      if (language === 'ar') await screenshot(page, 'sign-in-ar');
      // leave the administrator in English for whoever signs in next
      if (language === 'ar') await chooseLanguage(page, 'en');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
