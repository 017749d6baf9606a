// Issue 18.1: once one priority has a quarter approved, views still open on the latest quarter every priority
// has figures for, and a group with no figures is never ranked (nor tied).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, Explorer } from '@rbm/shared/schemas';
import { SYSTEM_ACTOR } from '../../lib/actor.ts';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { auditedWrite } from '../audit/audit.service.ts';

let ctx: TestContext;
/** Each describe starts from the demo data as seeded: what one approves, the other does not see. */
function withFreshApp() {
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(async () => ctx.close());
}

async function json<T>(url: string): Promise<T> {
  const res = await ctx.app.inject({ method: 'GET', url });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}
const PLAN = 'SP-2024-2027';

/** Approves the 2026-Q3 values of the KPIs owned by the priorities given (all priorities when none). */
async function approveQ3(priorityCodes?: readonly string[]) {
  const { db } = ctx.app;
  const kpis = await db
    .selectFrom('kpi')
    .innerJoin('thematicPriority as p', 'p.id', 'kpi.ownerPriorityId')
    .select('kpi.id')
    .$if(priorityCodes !== undefined, (q) => q.where('p.code', 'in', priorityCodes ?? []))
    .execute();
  const ids = kpis.map((k) => k.id);
  await auditedWrite(db, { actor: SYSTEM_ACTOR, now: TEST_NOW }, async (tx, audit) => {
    await tx
      .updateTable('kpiValue')
      .set({ state: 'approved', approvedAt: TEST_NOW.toISOString() })
      .where('period', '=', '2026-Q3')
      .where('kpiId', 'in', ids)
      .execute();
    await audit({ action: 'approve', entity: 'kpi_value', entityId: '2026-Q3', kpiIds: ids });
  });
}

describe('fair default period', () => {
  withFreshApp();
  it('one priority approved early: explorer and comparison stay on the quarter every priority has', async () => {
    const before = await json<Comparison>(`/api/compare?plan=${PLAN}`);
    expect(before).toMatchObject({ period: '2026-Q2', completeQuarter: '2026-Q2' });

    await approveQ3(['KAP-1']);
    const explorer = await json<Explorer>(`/api/explorer?plan=${PLAN}&view=sector`);
    expect(explorer).toMatchObject({ period: '2026-Q2', completeQuarter: '2026-Q2' });
    for (const by of ['sector', 'priority'] as const) {
      const c = await json<Comparison>(`/api/compare?plan=${PLAN}&by=${by}`);
      expect(c).toMatchObject({ period: '2026-Q2', completeQuarter: '2026-Q2' });
      expect(c.groups.filter((g) => g.rollUp.score !== null).length).toBeGreaterThan(1);
    }

    // Asked for 2026-Q3 on purpose: the groups without figures are listed apart, unranked, never tied.
    const q3 = await json<Comparison>(`/api/compare?plan=${PLAN}&by=sector&period=2026-Q3`);
    expect(q3.completeQuarter).toBe('2026-Q2');
    expect(q3.groups.filter((g) => g.rollUp.reportedCount > 0).map((g) => g.code)).toEqual(['ITU-D']);
    for (const g of q3.groups) if (g.rollUp.score === null) expect(g.rank, g.code).toBeNull();
    const ranks = q3.groups.map((g) => g.rank).filter((r) => r !== null);
    expect(ranks.length).toBeLessThanOrEqual(1);
    expect(q3.groups.at(-1)?.rank).toBeNull();
  });
});

describe('fair default period, all approved', () => {
  withFreshApp();
  it('moves on once every priority has the quarter approved', async () => {
    await approveQ3();
    const explorer = await json<Explorer>(`/api/explorer?plan=${PLAN}`);
    expect(explorer).toMatchObject({ period: '2026-Q3', completeQuarter: '2026-Q3' });
    const c = await json<Comparison>(`/api/compare?plan=${PLAN}`);
    expect(c).toMatchObject({ period: '2026-Q3', completeQuarter: '2026-Q3' });
  });
});
