// The compliance dashboard in a real browser (issue 15): a recommendation the test records goes accepted ->
// in progress -> implemented -> closed by the body, each state proposed by the ITU-D focal point on its page
// and confirmed by the ITU-D reviewer; the implementation rate on the dashboard moves, and the Council sees
// confirmed states only. Axe on each screen, English and Arabic, desktop and phone.
import { RECOMMENDATION_SHEET_HEADERS, type RecommendationDetail } from '@rbm/shared/schemas';
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

const PLAN = 'SP-2024-2027';
let server: TestServer;
let browser: Browser;
let id: number;

browserSuite(async (s, b) => {
  [server, browser] = [s, b];
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: 'rbm-demo' },
  });
  const cookie = login.cookies.find((c) => c.name === 'rbm_session');
  const headers = {
    cookie: `rbm_session=${cookie?.value}`,
    'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken,
  };
  // the test's own recommendation, confirmed as received: under consideration, not started
  const created = await server.app.inject({
    method: 'POST',
    url: '/api/recommendations',
    headers,
    payload: {
      body: 'jiu',
      reportRef: 'JIU/REP/2026/E2E',
      reportDate: '2026-02-10',
      number: '1',
      text: 'The executive head should publish a yearly follow-up of evaluations.',
      addressee: 'executive_head',
      priority: 'high',
      sector: 'ITU-D',
      priorities: ['KAP-1'],
      kpis: [],
      risks: [],
      status: {
        acceptance: 'under_consideration',
        implementation: 'not_started',
        targetDate: '2027-06-30',
        evidence: [],
        note: null,
      },
    },
  });
  if (created.statusCode !== 201) throw new Error(`create: ${created.statusCode} ${created.body}`);
  id = created.json<RecommendationDetail>().id;
  const confirmed = await server.app.inject({
    method: 'POST',
    url: `/api/recommendations/${id}/confirm`,
    headers,
  });
  if (confirmed.statusCode !== 200) throw new Error(`confirm: ${confirmed.statusCode} ${confirmed.body}`);
});

const detailUrl = () => `${server.url}/plans/${PLAN}/recommendations/${id}`;
const currentState = (page: Page) => page.getByTestId('current-state');

async function implementationRate(page: Page): Promise<number> {
  await page.goto(`${server.url}/plans/${PLAN}/recommendations`);
  const figure = page.locator('[data-figure="implementationRate"] dd');
  await figure.waitFor();
  return Number((await figure.innerText()).replace(/[^0-9.]/g, ''));
}

/** The focal point proposes a state on the page; the reviewer confirms it on theirs. */
async function proposeAndConfirm(
  planner: Page,
  reviewer: Page,
  change: { acceptance?: string; implementation?: string; evidence?: string },
) {
  await planner.goto(detailUrl());
  await planner.getByRole('heading', { name: 'Propose the state' }).waitFor();
  if (change.acceptance)
    await planner.getByRole('combobox', { name: 'Acceptance' }).selectOption(change.acceptance);
  if (change.implementation)
    await planner.getByRole('combobox', { name: 'Implementation' }).selectOption(change.implementation);
  if (change.evidence) await planner.getByRole('textbox', { name: 'Evidence links' }).fill(change.evidence);
  await planner.getByRole('button', { name: 'Propose this state' }).click();
  await planner.locator('[data-testid="current-state"][data-state="draft"]').waitFor();

  await reviewer.goto(detailUrl());
  await reviewer.getByRole('button', { name: 'Confirm the state' }).click();
  await reviewer.locator('[data-testid="current-state"][data-state="confirmed"]').waitFor();
  const implementation = change.implementation ?? 'not_started';
  expect(await currentState(reviewer).getAttribute('data-implementation')).toBe(implementation);
}

describe('compliance dashboard', () => {
  it('takes a recommendation from accepted to closed by the body, and the implementation rate moves', async () => {
    const planner = await openPage(browser);
    const reviewer = await openPage(browser);
    const council = await openPage(browser);
    await signIn(planner.page, server.url, 'planner');
    await signIn(reviewer.page, server.url, 'reviewer');
    await signIn(council.page, server.url, 'council');

    await council.page.getByRole('link', { name: 'Recommendations' }).click();
    await council.page.getByRole('heading', { name: 'Compliance dashboard', level: 1 }).waitFor();
    const before = await implementationRate(council.page);

    await proposeAndConfirm(planner.page, reviewer.page, { acceptance: 'accepted' });
    await proposeAndConfirm(planner.page, reviewer.page, { implementation: 'in_progress' });
    const inProgress = await implementationRate(council.page);
    // accepted and not done: it joins the denominator only
    expect(inProgress).toBeLessThan(before);
    expect(await accessibilityViolations(reviewer.page)).toEqual([]);

    // a proposed state is the planner's draft; the Council still sees the confirmed one
    await planner.page.goto(detailUrl());
    await planner.page.getByRole('combobox', { name: 'Implementation' }).selectOption('implemented');
    await planner.page.getByRole('button', { name: 'Propose this state' }).click();
    await planner.page.locator('[data-testid="current-state"][data-state="draft"]').waitFor();
    expect(await accessibilityViolations(planner.page)).toEqual([]);
    await screenshot(planner.page, 'recommendation-planner-draft');
    await council.page.goto(detailUrl());
    await council.page.locator('[data-testid="current-state"][data-state="confirmed"]').waitFor();
    expect(await currentState(council.page).getAttribute('data-implementation')).toBe('in_progress');
    expect(await council.page.locator('.recommendation-history tr[data-state="draft"]').count()).toBe(0);
    expect(await council.page.getByRole('button', { name: 'Confirm the state' }).count()).toBe(0);

    await proposeAndConfirm(planner.page, reviewer.page, {
      implementation: 'implemented',
      evidence: 'https://www.itu.int/en/council/Documents/follow-up.pdf',
    });
    const implemented = await implementationRate(council.page);
    expect(implemented).toBeGreaterThan(inProgress);
    await proposeAndConfirm(planner.page, reviewer.page, { implementation: 'closed' });
    expect(await implementationRate(council.page)).toBe(implemented);

    // the history names who proposed and who confirmed each state, newest first
    await council.page.goto(detailUrl());
    const rows = council.page.locator('.recommendation-history tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(5);
    expect(await rows.first().innerText()).toContain('Closed by the body');
    expect(await accessibilityViolations(council.page)).toEqual([]);
    await screenshot(council.page, 'recommendation-detail-en-desktop');
    for (const session of [planner, reviewer, council]) {
      expect(session.errors).toEqual([]);
      await session.context.close();
    }
  });

  it('keeps the filters in the address and reads well in English and Arabic, desktop and phone', async () => {
    for (const viewport of ['desktop', 'phone'] as const) {
      const { context, page, errors } = await openPage(browser, { viewport });
      await signIn(page, server.url, 'council');
      await page.goto(`${server.url}/plans/${PLAN}/recommendations?body=jiu&overdue=false`);
      await page.getByRole('heading', { name: 'Compliance dashboard', level: 1 }).waitFor();
      await page.locator('.recommendation-table tbody tr').first().waitFor();
      for (const text of await page
        .locator('.recommendation-table tbody td:nth-child(2)')
        .allTextContents()) {
        expect(text).toBe('JIU');
      }
      await page.getByRole('combobox', { name: 'Report year' }).selectOption('2026');
      await page.waitForURL(
        (url) => url.searchParams.get('year') === '2026' && url.searchParams.get('body') === 'jiu',
      );
      await page.getByRole('button', { name: 'Show as table' }).first().click();
      await page.getByTestId('rates-by-body-table').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(await widerThanScreen(page)).toEqual([]);
      await screenshot(page, `recommendations-en-${viewport}`);
      await page.goto(`${server.url}/plans/${PLAN}/recommendations`);
      await chooseLanguage(page, 'ar');
      await page.getByRole('heading', { name: 'لوحة الامتثال', level: 1 }).waitFor();
      await page.locator('.recommendation-table tbody tr').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `recommendations-ar-${viewport}`);
      await page.goto(detailUrl());
      await page.locator('.recommendation-history tbody tr').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, `recommendation-detail-ar-${viewport}`);
      await chooseLanguage(page, 'en');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('lets the focal point preview an edited sheet, each bad cell named, nothing written', async () => {
    const { context, page, errors } = await openPage(browser);
    await signIn(page, server.url, 'planner');
    await page.goto(`${server.url}/plans/${PLAN}/recommendations`);
    await page.getByRole('heading', { name: 'Edit as a spreadsheet' }).waitFor();
    const csv =
      `${RECOMMENDATION_SHEET_HEADERS.join(',')}\r\n` +
      'jiu,JIU/REP/2026/E2E,2026-02-10,2,A second recommendation,executive_head,high,ITU-D,KAP-1,,,maybe,not_started,,,\r\n';
    await page.getByLabel('Choose the edited file (XLSX or CSV)').setInputFiles({
      name: 'recommendations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const invalid = page.getByTestId('sheet-invalid');
    await invalid.waitFor();
    expect(await invalid.locator('tbody tr').first().innerText()).toContain('L2');
    expect(await page.getByRole('button', { name: 'Write the changes' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'recommendations-sheet-preview');
    expect(errors).toEqual([]);
    await context.close();
  });
});
