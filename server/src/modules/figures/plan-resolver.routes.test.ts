// "Which plan?" when none is named: every route that takes ?plan= answers about the active plan, and the same
// way when no plan is active (404 no_active_plan, never another plan), while a named plan is still served.
import type { Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { resolvePlan } from './plan-period.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

/** Every route whose plan is the active one when ?plan= is omitted (the query they need besides). */
const ROUTES = [
  '/api/dashboard',
  '/api/explorer',
  '/api/reports/annual/2025',
  '/api/compare',
  '/api/outlook',
  '/api/kpis',
  '/api/translations?language=fr',
  '/api/reviews',
  '/api/entry/due',
];

const withPlan = (url: string, plan: string) => `${url}${url.includes('?') ? '&' : '?'}plan=${plan}`;

async function answers(urls: readonly string[]) {
  return Promise.all(
    urls.map(async (url) => {
      const res = await ctx.app.inject({ method: 'GET', url });
      return { url, status: res.statusCode, code: res.statusCode === 200 ? null : res.json<Problem>().code };
    }),
  );
}

describe('the plan of a figure when ?plan= is omitted', () => {
  it('is the active plan on every route', async () => {
    expect(await answers(ROUTES)).toEqual(ROUTES.map((url) => ({ url, status: 200, code: null })));
  });

  it('is refused alike by every route when no plan is active (404 no_active_plan), a named plan still served', async () => {
    await ctx.db.updateTable('plan').set({ status: 'closed' }).where('status', '=', 'active').execute();
    try {
      expect(await answers(ROUTES)).toEqual(
        ROUTES.map((url) => ({ url, status: 404, code: 'no_active_plan' })),
      );
      const named = ROUTES.map((url) => withPlan(url, 'SP-2024-2027'));
      expect(await answers(named)).toEqual(named.map((url) => ({ url, status: 200, code: null })));
      const unknown = ROUTES.map((url) => withPlan(url, 'SP-1900-1903'));
      expect(await answers(unknown)).toEqual(unknown.map((url) => ({ url, status: 404, code: 'not_found' })));
    } finally {
      await ctx.db.updateTable('plan').set({ status: 'active' }).where('code', '=', 'SP-2024-2027').execute();
    }
  });
});

describe('a named plan already read for the request (by the plan-lifecycle guard)', () => {
  it('is used as read, and a plan named otherwise is read from the database', async () => {
    const stored = await ctx.db
      .selectFrom('plan')
      .selectAll()
      .where('code', '=', 'SP-2024-2027')
      .executeTakeFirstOrThrow();
    const namedPlan = { ...stored };
    expect(await resolvePlan({ db: ctx.db, namedPlan }, { plan: 'SP-2024-2027' })).toBe(namedPlan);
    const other = await resolvePlan(
      { db: ctx.db, namedPlan: { ...stored, code: 'SP-2020-2023' } },
      { plan: 'SP-2024-2027' },
    );
    expect(other).toEqual(stored);
    await expect(resolvePlan({ db: ctx.db, namedPlan }, { plan: 'SP-1900-1903' })).rejects.toMatchObject({
      status: 404,
    });
  });
});
