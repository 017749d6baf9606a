import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiHistory, KpiList, Problem, ReviewDetail } from '@rbm/shared/schemas';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
let council: AppInstance;
const ids = new Map<string, number>();

async function history(app: AppInstance, code: string, query = '') {
  const res = await app.inject({ method: 'GET', url: `/api/kpis/${ids.get(code)}/history${query}` });
  return { status: res.statusCode, body: res.json<KpiHistory & Problem>() };
}

beforeAll(async () => {
  ctx = await buildTestApp();
  council = await ctx.signIn('council', 'rbm-demo');
  const list = await ctx.app.inject({ method: 'GET', url: '/api/kpis?pageSize=500' });
  for (const kpi of list.json<KpiList>().items) ids.set(kpi.code, kpi.id);
});
afterAll(async () => {
  await ctx?.close();
});

describe('GET /api/kpis/:id/history', () => {
  it("gives approved values' notes and the owning priority's approved reviews", async () => {
    const { status, body } = await history(council, 'D1-K3');
    expect(status).toBe(200);
    expect(body.kpi).toEqual({ id: ids.get('D1-K3'), code: 'D1-K3', priority: 'KAP-1' });
    expect(body.values).toBe('approved');
    expect(body.notes).toEqual([
      {
        period: '2025-Q4',
        region: null,
        note: 'Includes schools connected under the new regional Giga project.',
        state: 'approved',
      },
    ]);
    expect(body.narratives.length).toBeGreaterThan(0);
    expect(body.narratives.every((n) => n.status === 'approved')).toBe(true);
    const periods = body.narratives.map((n) => n.period);
    expect(periods).toEqual([...periods].sort().reverse());
    expect(periods).not.toContain('2026-Q3'); // submitted, not approved
  });

  it('keeps draft values, their notes and their changes from the Council, and shows them in scope', async () => {
    const id = ids.get('D2-K1')!;
    const review = await ctx.app.inject({ method: 'GET', url: '/api/reviews/KAP-2/2026-Q3' });
    const version = review.json<ReviewDetail>().kpis.find((k) => k.code === 'D2-K1')?.version ?? undefined;
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/kpis/${id}/values/2026-Q3`,
      payload: { value: 1234, note: 'Draft note: courses moved online', version },
    });
    expect(put.statusCode).toBeLessThan(300);

    const published = await history(council, 'D2-K1');
    expect(published.body.notes.map((n) => n.note)).not.toContain('Draft note: courses moved online');
    expect(published.body.entries.some((e) => e.entity === 'kpi_value')).toBe(false);
    expect(JSON.stringify(published.body)).not.toContain('1234');

    const all = await history(ctx.app, 'D2-K1', '?include=unapproved');
    expect(all.status).toBe(200);
    expect(all.body.values).toBe('unapproved');
    expect(all.body.notes[0]).toMatchObject({
      period: '2026-Q3',
      state: 'draft',
      note: 'Draft note: courses moved online',
    });
    expect(all.body.entries[0]).toMatchObject({
      entity: 'kpi_value',
      actor: 'test-admin',
      period: '2026-Q3',
      region: null,
      after: expect.objectContaining({ value: 1234 }) as unknown,
    });
    expect(all.body.narratives.some((n) => n.status !== 'approved')).toBe(true);
  });

  it('shows everyone the approval of a quarter, with who decided it', async () => {
    // On a database of its own: approving KAP-1's 2026-Q3 would show it to the other tests of this file.
    const own = await buildTestApp();
    try {
      const reviewer = await own.signIn('reviewer', 'rbm-demo');
      const approve = await reviewer.inject({
        method: 'POST',
        url: '/api/reviews/KAP-1/2026-Q3/approve',
        payload: {},
      });
      expect(approve.statusCode).toBe(200);
      const list = await own.app.inject({ method: 'GET', url: '/api/kpis?pageSize=500' });
      const id = list.json<KpiList>().items.find((k) => k.code === 'D1-K1')?.id;
      const res = await (await own.signIn('council', 'rbm-demo')).inject({ url: `/api/kpis/${id}/history` });
      const body = res.json<KpiHistory>();
      expect(body.entries[0]).toMatchObject({
        entity: 'quarterly_review',
        action: 'approve',
        actor: 'reviewer',
        period: '2026-Q3',
      });
      expect(body.narratives[0]).toMatchObject({
        period: '2026-Q3',
        status: 'approved',
        decidedBy: 'reviewer',
      });
    } finally {
      await own.close();
    }
  });

  it('shows target revisions with their reason', async () => {
    const id = ids.get('D1-K4')!;
    const revise = await ctx.app.inject({
      method: 'POST',
      url: `/api/kpis/${id}/targets`,
      payload: { year: 2027, value: 99, reason: 'Raised after the mid-term review' },
    });
    expect(revise.statusCode).toBeLessThan(300);
    const { body } = await history(council, 'D1-K4');
    expect(body.entries[0]).toMatchObject({
      entity: 'kpi_annual_target',
      period: '2027',
      reason: 'Raised after the mid-term review',
    });
  });

  it('refuses drafts to the Council (403), an unknown KPI (404) and a bad id (400)', async () => {
    expect((await history(council, 'D1-K1', '?include=unapproved')).status).toBe(403);
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/kpis/999999/history' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>().code).toBe('not_found');
    const bad = await ctx.app.inject({ method: 'GET', url: '/api/kpis/abc/history' });
    expect(bad.statusCode).toBe(400);
    const extra = await ctx.app.inject({ method: 'GET', url: `/api/kpis/${ids.get('D1-K1')}/history?x=1` });
    expect(extra.statusCode).toBe(400);
  });
});
