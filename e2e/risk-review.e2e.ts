// A risk's quarter from the focal point to the Council in a real browser (issue 15): the planner of ITU-D
// adds a risk (a bad link code is named next to its field), assesses 2026-Q3; the Council does not see the
// draft, on the heat map nor in the annual report; the reviewer confirms it in KAP-1's quarterly review, the
// button naming the values; the Council then finds it on the heat map, in the cell's drill-down and in the
// annual report (heat map and top risks). Each new screen (and the register with its top risks per Sector,
// and the report's registers) axe-clean, photographed in English and Arabic at 1440 and 390 px.
import type { Browser, Page } from 'playwright-core';
import type { RiskHeatMap } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, chooseLanguage, openPage, screenshot, signIn } from './support/browser.ts';
import { browserSuite } from './support/suite.ts';
import type { TestServer } from './support/test-server.ts';

let server: TestServer;
let browser: Browser;

browserSuite((s, b) => {
  [server, browser] = [s, b];
});

const PLAN = 'SP-2024-2027';
const CODE = 'RSK-E2E-01';
let riskUrl = '';

/** The heat map's 5 x 5 cell as the page's user reads it from the API. */
async function severeCell(page: Page) {
  const res = await page.request.get(`${server.url}/api/risks/heat-map?plan=${PLAN}`);
  expect(res.status()).toBe(200);
  const heatMap = (await res.json()) as RiskHeatMap;
  const cell = heatMap.cells.find((c) => c.likelihood === 5 && c.impact === 5);
  return cell?.risks.map((r) => r.code) ?? [];
}

describe('a risk assessed, confirmed in the review, seen by the Council', () => {
  it('goes from the focal point through the reviewer to the heat map', async () => {
    // the focal point adds the risk; the server names the unknown priority next to its field
    const focal = await openPage(browser);
    await signIn(focal.page, server.url, 'planner');
    await focal.page.goto(`${server.url}/plans/${PLAN}/risks`);
    await focal.page.getByRole('link', { name: 'Add a risk' }).click();
    await focal.page.getByRole('heading', { name: 'New risk', level: 1 }).waitFor();
    await focal.page.getByLabel('Code', { exact: true }).fill(CODE);
    await focal.page.getByLabel('Title', { exact: true }).fill('Satellite backhaul contracts lapse');
    await focal.page.getByLabel('Category').selectOption('operational');
    await focal.page.getByLabel('Thematic priorities').fill('KAP-1, KAP-99');
    await focal.page.getByLabel('KPIs').fill('D1-K1');
    await focal.page.getByRole('button', { name: 'Add a mitigation action' }).click();
    await focal.page.getByLabel('Action 1: what is done').fill('Tender a second provider');
    await focal.page.getByLabel('Action 1: owner').fill('BDT infrastructure');
    await focal.page.getByRole('button', { name: 'Save the risk' }).click();
    const priorities = focal.page.getByLabel('Thematic priorities');
    await focal.page.waitForFunction(() => document.activeElement?.id === 'risk-priorities');
    expect(await priorities.getAttribute('aria-invalid')).toBe('true');
    expect(await focal.page.locator('#risk-priorities-error').textContent()).toBe(
      'The plan has no item with this code. Check the code.',
    );
    expect(await accessibilityViolations(focal.page)).toEqual([]);
    await priorities.fill('KAP-1');
    await focal.page.getByRole('button', { name: 'Save the risk' }).click();
    await focal.page.getByRole('heading', { level: 1, name: new RegExp(CODE) }).waitFor();
    riskUrl = focal.page.url();

    // the quarter's assessment: 5 x 5 after treatment, far above the appetite
    await focal.page.getByRole('heading', { name: 'Assess the quarter' }).waitFor();
    expect(await focal.page.getByLabel('Quarter', { exact: true }).inputValue()).toBe('2026-Q3');
    for (const which of ['inherent', 'residual']) {
      await focal.page.locator(`#assess-${which}-likelihood`).selectOption('5');
      await focal.page.locator(`#assess-${which}-impact`).selectOption('5');
    }
    await focal.page.getByRole('button', { name: 'Save the assessment' }).click();
    await focal.page.getByRole('status').filter({ hasText: 'Assessment saved as a draft' }).waitFor();
    await focal.page.getByRole('button', { name: 'Show as table' }).click();
    const q3 = focal.page.locator('.risk-detail tr[data-state="draft"]', { hasText: '5 × 5 = 25' });
    expect(await q3.count()).toBe(1);
    expect(await accessibilityViolations(focal.page)).toEqual([]);
    expect(focal.errors).toEqual([]);
    await focal.context.close();

    // the draft does not reach the Council
    const council = await openPage(browser);
    await signIn(council.page, server.url, 'council');
    expect(await severeCell(council.page)).not.toContain(CODE);
    // nor the annual report's registers
    await council.page.goto(`${server.url}/plans/${PLAN}/reports/2026`);
    await council.page.getByTestId('report-top-risks').waitFor();
    expect(await council.page.getByTestId('report-top-risks').textContent()).not.toContain(CODE);

    // the reviewer confirms it in KAP-1's quarterly review, seeing the values
    const reviewer = await openPage(browser);
    await signIn(reviewer.page, server.url, 'reviewer');
    await reviewer.page.goto(`${server.url}/plans/${PLAN}/reviews/KAP-1/2026-Q3`);
    await reviewer.page.getByRole('heading', { name: 'Risks of the priority', level: 2 }).waitFor();
    const row = reviewer.page.locator(`tr[data-risk="${CODE}"]`);
    expect(await row.getAttribute('data-state')).toBe('draft');
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);
    await reviewer.page
      .getByRole('button', {
        name: `Confirm the assessment of ${CODE}: inherent 5 × 5 = 25, residual 5 × 5 = 25`,
      })
      .click();
    await reviewer.page
      .getByRole('status')
      .filter({ hasText: `Assessment of ${CODE} confirmed` })
      .waitFor();
    await reviewer.page.locator(`tr[data-risk="${CODE}"][data-state="confirmed"]`).waitFor();
    expect(await row.textContent()).toContain('Confirmed by Rene Reviewer, BDT');
    expect(reviewer.errors).toEqual([]);
    await reviewer.context.close();

    // the Council finds it on the heat map and in the cell's drill-down
    const page = council.page;
    await page.goto(`${server.url}/plans/${PLAN}/risks`);
    await page.getByRole('heading', { name: 'Risk register', level: 1 }).waitFor();
    await page
      .getByRole('figure', { name: 'Heat map of residual risk' })
      .getByRole('button', { name: 'Show as table' })
      .click();
    const cellRow = page.locator('.chart-panel tr', { hasText: '5 almost certain' }).filter({
      hasText: '5 severe',
    });
    await cellRow.getByRole('link', { name: /^Show the risks/ }).click();
    await page.waitForURL(
      (url) => url.searchParams.get('likelihood') === '5' && url.searchParams.get('impact') === '5',
    );
    await page.locator('.risk-table tbody tr', { hasText: CODE }).waitFor();
    expect(await page.locator('.risk-table tr[data-state="draft"]').count()).toBe(0);
    expect(await severeCell(page)).toContain(CODE);

    // and in the annual report: on its heat map (the 5 x 5 cell, and the cell's row of the table) and
    // first among the top risks, with its owner unit and linked priority
    await page.goto(`${server.url}/plans/${PLAN}/reports/2026`);
    await page.getByRole('heading', { name: 'Risks', level: 2 }).waitFor();
    const severe = page
      .locator('[data-testid="report-heat-map"] .report-heat-row')
      .first()
      .locator('span')
      .last();
    expect(Number(await severe.getAttribute('data-count'))).toBeGreaterThan(0);
    const heatMap = page.getByRole('figure', { name: 'Risk heat map: confirmed residual ratings' });
    await heatMap.getByRole('button', { name: 'Show as table' }).click();
    expect(await heatMap.locator('tr', { hasText: CODE }).count()).toBe(1);
    const topRow = page.getByTestId('report-top-risks').locator('tbody tr', { hasText: CODE });
    expect(await topRow.locator('td').allTextContents()).toEqual(expect.arrayContaining(['ITU-D', 'KAP-1']));
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(council.errors).toEqual([]);
    await council.context.close();
  });

  // one test a width, so that each stays well inside its time limit when two browser files run at once
  it.each(['desktop', 'phone'] as const)(
    'keeps the new screens axe-clean in English and Arabic (%s)',
    async (viewport) => {
      expect(riskUrl).not.toBe('');
      const width = viewport === 'desktop' ? 1440 : 390;
      for (const [user, screens] of [
        [
          'planner',
          [
            ['risk-register', `/plans/${PLAN}/risks`, '.top-risk'],
            ['risk-new', `/plans/${PLAN}/risks/new`, 'main form'],
            ['risk-detail', new URL(riskUrl).pathname, 'main form'],
            ['report-registers', `/plans/${PLAN}/reports/2026`, '[data-testid="report-heat-map"]'],
          ],
        ],
        ['reviewer', [['risk-review', `/plans/${PLAN}/reviews/KAP-1/2026-Q3`, '.review-risks table']]],
      ] as const) {
        const { context, page, errors } = await openPage(browser, { viewport });
        await signIn(page, server.url, user);
        for (const language of ['en', 'ar']) {
          await chooseLanguage(page, language);
          for (const [name, path, ready] of screens) {
            await page.goto(`${server.url}${path}`);
            await page.locator('main h1').waitFor();
            await page.locator(ready).first().waitFor();
            expect(await accessibilityViolations(page), `${name} ${language} ${width}`).toEqual([]);
            await screenshot(page, `${name}-${language}-${width}`);
          }
        }
        await chooseLanguage(page, 'en');
        expect(errors).toEqual([]);
        await context.close();
      }
    },
  );
});
