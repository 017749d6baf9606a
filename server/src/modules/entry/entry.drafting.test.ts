// The quarter in progress: planners draft it before it ends; it is submitted only once it has ended.
import type { DueWork, EntryKpi, EntrySheet, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
let planner: Awaited<ReturnType<TestContext['signIn']>>;
let now = TEST_NOW; // 2026-11-23: 2026-Q4 is in progress

beforeAll(async () => {
  ctx = await buildTestApp({ clock: () => now });
  planner = await ctx.signIn('planner', 'rbm-demo');
});
afterAll(async () => ctx?.close());

const kpisOf = (sheet: EntrySheet): EntryKpi[] => sheet.outcomes.flatMap((o) => o.kpis);

describe('drafting the quarter in progress', () => {
  it('opens its grid, keeps drafts, lists it as not yet submittable, refuses a submission until it ends', async () => {
    const res = await planner.inject({ url: '/api/entry/KAP-2/2026-Q4' });
    expect(res.statusCode).toBe(200);
    const sheet = res.json<EntrySheet>();
    expect(sheet).toMatchObject({
      editable: true,
      lock: null,
      review: { status: 'open', dueDate: '2027-01-15' },
    });
    const due = kpisOf(sheet).filter((k) => k.due);
    expect(due.length).toBeGreaterThan(0);

    for (const kpi of due) {
      const put = await planner.inject({
        method: 'PUT',
        url: `/api/kpis/${kpi.id}/values/2026-Q4`,
        payload: kpi.unit === 'percent' ? { value: 50 } : { value: 3 },
      });
      expect([200, 201], kpi.code).toContain(put.statusCode);
    }
    const later = await planner.inject({
      method: 'PUT',
      url: `/api/kpis/${due[0]?.id}/values/2027-Q1`,
      payload: { value: 1 },
    });
    expect(later.json<Problem>().code).toBe('period_not_complete');

    // The spreadsheet template of the quarter in progress has its KPIs, like the grid.
    const template = await planner.inject({ url: '/api/entry/KAP-2/2026-Q4/template?format=csv' });
    expect(template.statusCode).toBe(200);
    for (const kpi of due) expect(template.body).toContain(kpi.code);

    const list = (await planner.inject({ url: '/api/entry/due' })).json<DueWork>();
    const current = list.items.find((i) => i.priority.code === 'KAP-2' && i.period === '2026-Q4');
    expect(current).toMatchObject({ overdue: false, submittableFrom: '2027-01-01', submittedAt: null });
    expect(current?.counts).toMatchObject({ due: due.length, missing: 0 });

    const early = await planner.inject({
      method: 'POST',
      url: '/api/reviews/KAP-2/2026-Q4/submit',
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(early.json<Problem>()).toMatchObject({ code: 'quarter_not_ended' });
    expect(early.json<Problem>().detail).toContain('2027-01-01');
    const still = (await planner.inject({ url: '/api/entry/KAP-2/2026-Q4' })).json<EntrySheet>();
    expect(still.review.status).toBe('open');
    expect(kpisOf(still).every((k) => !k.due || k.total?.state === 'draft')).toBe(true);

    now = new Date('2027-01-01T00:00:00Z');
    planner = await ctx.signIn('planner', 'rbm-demo'); // the first session has expired meanwhile
    const done = await planner.inject({
      method: 'POST',
      url: '/api/reviews/KAP-2/2026-Q4/submit',
      payload: {},
    });
    expect(done.statusCode).toBe(200);
    expect(done.json<{ status: string }>().status).toBe('submitted');
  });
});
