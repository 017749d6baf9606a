// The framework in the six languages (issue 18, problems 5 and 6): in Spanish, Arabic, Russian and Chinese
// no framework text falls back to English, unofficial translations are marked in the user's language, the
// administrator sees 0 missing texts per language; in Arabic, Latin text sits in isolated elements and
// periods read the Arabic way. Arabic and Chinese pass axe, photographed at 1440 and 390 px.
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TranslationSummary } from '@rbm/shared/schemas';
import {
  accessibilityViolations,
  chooseLanguage,
  openPage,
  screenshot,
  signIn,
  visit,
  type ViewportName,
} from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;
browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const PLAN = 'SP-2024-2027';
const UNOFFICIAL = { es: 'no oficial', ar: 'غير رسمية', ru: 'неофиц.', zh: '非正式' } as const;
type Language = keyof typeof UNOFFICIAL;
const LANGUAGES = Object.keys(UNOFFICIAL) as Language[];

const frameworkReady = '.unofficial-marker';

describe('the framework in Spanish, Arabic, Russian and Chinese', () => {
  for (const language of LANGUAGES) {
    it(`shows every framework text in ${language}, none marked EN, unofficial ones marked in ${language}`, async () => {
      const { context, page, errors } = await openPage(browser);
      await signIn(page, server.url, 'admin');
      await chooseLanguage(page, language);
      await visit(page, `${server.url}/plans/${PLAN}/framework`, frameworkReady);
      await page.locator('.unofficial-marker').first().waitFor();
      expect(await page.locator('.fallback-marker').count()).toBe(0);
      const markers = await page.locator('.unofficial-marker [aria-hidden="true"]').allTextContents();
      // goals, targets, priorities, outcomes, KPIs and themes: all translated, none confirmed yet
      expect(markers.length).toBeGreaterThan(100);
      expect(new Set(markers)).toEqual(new Set([UNOFFICIAL[language]]));
      // Each name carries its language, isolated from the text around it.
      const names = await page
        .locator('bdi[lang]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
      expect(new Set(names)).toEqual(new Set([language]));

      const summary = (await page.evaluate(async () =>
        (await fetch('/api/translations/summary')).json(),
      )) as TranslationSummary;
      for (const l of summary.languages) expect(l.translated, l.language).toBe(l.total);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('gives the administrator each language as "154 of 154", and confirming drops the marker', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await chooseLanguage(page, 'en');
    await visit(
      page,
      `${server.url}/admin/translations?language=zh&entity=goal`,
      '.translation-completeness li',
    );
    const lines = await page.locator('.translation-completeness li').allTextContents();
    expect(lines).toHaveLength(5);
    // 141 texts of goals, targets, priorities, outcomes and KPIs, and the 13 themes' names
    for (const line of lines) expect(line).toMatch(/: 154 of 154 translated, \d+ confirmed$/);
    const row = page.getByRole('row', { name: /G1/ }).filter({ hasText: 'name' }).first();
    await row.getByRole('button', { name: 'Confirm G1 name' }).click();
    await row.getByText('Confirmed: no longer marked unofficial').waitFor();
    await expect
      .poll(async () => page.locator('.translation-completeness li[data-language="zh"]').textContent())
      .toMatch(/154 of 154 translated, 1 confirmed/);

    await chooseLanguage(page, 'zh');
    await visit(page, `${server.url}/plans/${PLAN}/framework`, frameworkReady);
    const goal = page.locator('bdi[lang="zh"]', { hasText: '普遍连通' }).first();
    await goal.waitFor();
    // the confirmed name has no marker after it; the second goal's name still has one
    expect(await goal.evaluate((e) => e.nextElementSibling?.className ?? '')).not.toContain('unofficial');
    const second = page.locator('bdi[lang="zh"]', { hasText: '可持续数字化转型' }).first();
    expect(await second.evaluate((e) => e.nextElementSibling?.className ?? '')).toContain(
      'unofficial-marker',
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Arabic pages isolate Latin text and write periods the Arabic way', () => {
  it('keeps "[Demo] …" narratives, codes and periods in isolated elements on the annual report', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'admin');
    await chooseLanguage(page, 'ar');
    await visit(page, `${server.url}/plans/${PLAN}/reports/2025`, '.achievement-list li');
    const demo = await page.evaluate(() => {
      const texts = [...document.querySelectorAll('main *')].filter(
        (e) => e.children.length === 0 && (e.textContent ?? '').startsWith('[Demo]'),
      );
      return texts.map((e) => ({
        isolated: e.closest('bdi, [dir="auto"]') !== null,
        direction: getComputedStyle(e).direction,
      }));
    });
    expect(demo.length).toBeGreaterThan(0);
    // each sits in a <bdi> or dir="auto" element, laid out left to right inside the right-to-left page
    expect(demo.every((d) => d.isolated && d.direction === 'ltr')).toBe(true);

    const codes = await page
      .locator('.achievement-list .code')
      .evaluateAll((els) => els.map((e) => e.tagName.toLowerCase()));
    expect(new Set(codes)).toEqual(new Set(['bdi']));

    const period = page.locator('.achievement-list [data-period="2025-Q4"]').first();
    expect(await period.evaluate((e) => e.tagName.toLowerCase())).toBe('bdi');
    const text = (await period.textContent()) ?? '';
    expect(text).toMatch(/^الربع الرابع [0-9٠-٩]{4}$/);
    expect(text).not.toMatch(/Q4|2025-Q/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes the quarter in Arabic in the review queue, isolated', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'reviewer');
    await chooseLanguage(page, 'ar');
    await visit(page, `${server.url}/plans/${PLAN}/reviews`, '.review-table tbody tr');
    const cell = page.locator('.review-table td.review-nowrap bdi[data-period]').first();
    expect(await cell.textContent()).toMatch(/^الربع (الأول|الثاني|الثالث|الرابع) [0-9٠-٩]{4}$/);
    expect(await page.locator('.review-table tbody').textContent()).not.toMatch(/\d{4}-Q\d|Q\d-\d{4}/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Arabic and Chinese screens read well', () => {
  for (const language of ['ar', 'zh'] as const) {
    for (const viewport of ['desktop', 'phone'] as ViewportName[]) {
      it(`passes axe on the framework, report and translations screens in ${language} at ${viewport} width`, async () => {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, 'admin');
        await chooseLanguage(page, language);
        for (const [name, path, ready] of [
          ['framework', `/plans/${PLAN}/framework`, frameworkReady],
          ['report', `/plans/${PLAN}/reports/2025`, '.achievement-list li'],
          [
            'translations',
            `/admin/translations?language=${language}&entity=goal`,
            '.translation-completeness li',
          ],
        ] as const) {
          await visit(page, `${server.url}${path}`, ready);
          expect(await accessibilityViolations(page), `${name} ${language} ${viewport}`).toEqual([]);
          await screenshot(page, `six-languages-${name}-${language}-${viewport}`);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
