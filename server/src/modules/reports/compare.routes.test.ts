import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, Problem } from '@rbm/shared/schemas';
import { SYSTEM_ACTOR } from '../../lib/actor.ts';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { auditedWrite } from '../audit/audit.service.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const get = (url: string) => ctx.app.inject({ method: 'GET', url });
async function compare(query: string): Promise<Comparison> {
  const res = await get(`/api/compare?plan=SP-2024-2027${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<Comparison>();
}
const reported = (c: Comparison) => c.groups.reduce((sum, g) => sum + g.rollUp.reportedCount, 0);

describe('GET /api/compare', () => {
  it('compares the Sectors in the latest quarter every priority has approved by default', async () => {
    const c = await compare('');
    // 2026-Q3 is complete but its values are draft or submitted: the comparison opens on 2026-Q2.
    expect(c).toMatchObject({ by: 'sector', period: '2026-Q2', completeQuarter: '2026-Q2' });
    expect(c.basis).toEqual({ values: 'approved', period: '2026-Q2', asOf: '2026-Q3' });
    expect(c.groups.map((g) => g.code).sort()).toEqual(['GS', 'ITU-D', 'ITU-R', 'ITU-T']);
    for (const g of c.groups) expect(g.rollUp.reportedCount, g.code).toBeGreaterThan(0);
    // 2026-Q3 asked for: nothing approved yet, so nothing is scored or ranked
    for (const g of (await compare('&period=2026-Q3')).groups) {
      expect(g.rollUp).toMatchObject({ status: 'no_data', score: null, reportedCount: 0 });
      expect(g.rank).toBeNull();
    }
    expect(c.heatmap.periods[0]).toBe('2024-Q1');
    expect(c.heatmap.periods.at(-1)).toBe('2026-Q2');
    expect(c.heatmap.periods.length).toBe(10);
  });

  it('include=unapproved counts the draft and submitted values of 2026-Q3 and says so', async () => {
    const approved = await compare('&period=2026-Q3');
    const all = await compare('&period=2026-Q3&include=unapproved');
    expect(all.basis.values).toBe('unapproved');
    expect(reported(all)).toBeGreaterThan(reported(approved));
    expect(all.groups.some((g) => g.rollUp.score !== null)).toBe(true);
  });

  it('ranks priorities of a year by score, each with its Sector, and the heatmap ends at its Q4', async () => {
    const c = await compare('&by=priority&period=2025');
    expect(c.groups.length).toBe(10);
    expect(c.groups.find((g) => g.code === 'KAP-1')?.sector).toBe('ITU-D');
    const ranked = c.groups.filter((g) => g.rank !== null);
    // Best first by the score as shown (whole percent); equal shown scores share a rank.
    const scores = ranked.map((g) => Math.round((g.rollUp.score ?? 0) * 100));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(c.groups[0]?.rank).toBe(1);
    // The unranked (no score, or fewer rated KPIs than the minimum) come after every ranked one.
    expect(c.groups.slice(ranked.length).every((g) => g.rank === null)).toBe(true);
    expect(c.heatmap.periods.at(-1)).toBe('2025-Q4');
    expect(c.heatmap.rows.map((r) => r.code).sort()).toEqual(c.groups.map((g) => g.code).sort());
    expect(c.heatmap.rows.every((r) => r.cells.length === 8)).toBe(true);
  });

  it('shares rank 1 between priorities both shown at 94 % and leaves thin figures unranked', async () => {
    const c = await compare('&by=priority&period=2026-Q2');
    const rankOf = (code: string) => c.groups.find((g) => g.code === code)?.rank;
    // KAP-2 scores 0.94 and GS-ENB 0.9375: both print as 94 %, so both rank 1 and the next is 3rd.
    expect([rankOf('KAP-2'), rankOf('GS-ENB'), rankOf('KAP-4')]).toEqual([1, 1, 3]);
    // KAP-3's score stands on 2 rated KPIs, fewer than the minimum: listed last, unranked.
    expect(c.minKpisToRank).toBe(3);
    expect(c.groups.at(-1)).toMatchObject({ code: 'KAP-3', rank: null, rollUp: { ratedCount: 2 } });
    expect(c.thresholds).toEqual({ onTrack: 0.9, atRisk: 0.6 });
  });

  it('ranks no region whose score stands on fewer KPIs than the minimum', async () => {
    const c = await compare('&by=region&period=2026-Q2');
    expect(c.groups.every((g) => g.rollUp.ratedCount < c.minKpisToRank && g.rank === null)).toBe(true);
  });

  it('gives heatmap cells equal to the roll-up of each quarter', async () => {
    const heatmap = (await compare('&by=sector&period=2026-Q2')).heatmap;
    for (const quarter of ['2025-Q1', '2026-Q2']) {
      const c = await compare(`&by=sector&period=${quarter}`);
      for (const group of c.groups) {
        const cell = heatmap.rows.find((r) => r.code === group.code)?.cells.find((x) => x.period === quarter);
        expect(cell).toEqual({ period: quarter, score: group.rollUp.score, status: group.rollUp.status });
      }
    }
  });

  it('compares regions on the KPIs disaggregated by region, named in French', async () => {
    const c = await compare('&by=region&period=2025-Q4&lang=fr');
    expect(c.groups.map((g) => g.code).sort()).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
    expect(c.groups.every((g) => g.sector === null && g.rollUp.timeliness === null)).toBe(true);
    expect(c.groups.some((g) => g.name.language === 'fr')).toBe(true);
  });

  it('answers 404 for an unknown plan, 400 for a bad period or grouping, 422 outside the plan', async () => {
    const unknown = await get('/api/compare?plan=SP-1999-2002');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>().code).toBe('not_found');
    for (const [query, field] of [
      ['period=2025-Q5', 'querystring.period'],
      ['period=last', 'querystring.period'],
      ['by=goal', 'querystring.by'],
      ['include=everything', 'querystring.include'],
    ]) {
      const res = await get(`/api/compare?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json<Problem>().code).toBe('validation_failed');
      expect(res.json<Problem>().errors?.[0]?.field).toBe(field);
    }
    for (const period of ['2023-Q4', '2028', '2030-Q1']) {
      const res = await get(`/api/compare?plan=SP-2024-2027&period=${period}`);
      expect(res.statusCode, period).toBe(422);
      expect(res.json<Problem>()).toMatchObject({ code: 'period_outside_plan', status: 422 });
    }
  });
});

describe('a KPI shared by two priorities of one Sector', () => {
  let shared: TestContext;
  beforeAll(async () => {
    shared = await buildTestApp();
  });
  afterAll(async () => shared.close());

  it("counts once in the Sector's roll-up and once in each priority's", async () => {
    const compareIn = async (by: string, period = '2025') =>
      (
        await shared.app.inject({ method: 'GET', url: `/api/compare?period=${period}&by=${by}` })
      ).json<Comparison>();
    const kpiCount = (c: Comparison, code: string) => c.groups.find((g) => g.code === code)?.rollUp.kpiCount;
    const [sectorsBefore, prioritiesBefore] = [await compareIn('sector'), await compareIn('priority')];

    // Link a KAP-1 KPI to an outcome of KAP-2 (both ITU-D), as a planner would, through an audited write.
    const db = shared.db;
    const kpi = await db
      .selectFrom('kpi')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'kpi.ownerPriorityId')
      .select('kpi.id')
      .where('thematicPriority.code', '=', 'KAP-1')
      .orderBy('kpi.code')
      .executeTakeFirstOrThrow();
    const outcome = await db
      .selectFrom('outcome')
      .innerJoin('thematicPriority', 'thematicPriority.id', 'outcome.priorityId')
      .select('outcome.id')
      .where('thematicPriority.code', '=', 'KAP-2')
      .orderBy('outcome.id')
      .executeTakeFirstOrThrow();
    await auditedWrite(db, { actor: SYSTEM_ACTOR, now: TEST_NOW }, async (tx, audit) => {
      await tx.insertInto('kpiOutcome').values({ kpiId: kpi.id, outcomeId: outcome.id }).execute();
      await audit({
        action: 'link',
        entity: 'kpi_outcome',
        entityId: `${kpi.id}-${outcome.id}`,
        kpiIds: kpi.id,
      });
    });

    const [sectorsAfter, prioritiesAfter] = [await compareIn('sector'), await compareIn('priority')];
    expect(kpiCount(prioritiesAfter, 'KAP-2')).toBe((kpiCount(prioritiesBefore, 'KAP-2') ?? 0) + 1);
    expect(kpiCount(prioritiesAfter, 'KAP-1')).toBe(kpiCount(prioritiesBefore, 'KAP-1'));
    expect(kpiCount(sectorsAfter, 'ITU-D')).toBe(kpiCount(sectorsBefore, 'ITU-D'));
    const itudPriorities = prioritiesAfter.groups.filter((g) => g.sector === 'ITU-D');
    const summed = itudPriorities.reduce((sum, g) => sum + g.rollUp.kpiCount, 0);
    expect(kpiCount(sectorsAfter, 'ITU-D')).toBeLessThan(summed);

    // The memoized heatmap follows the write (the data revision is part of its key).
    const cell = (c: Comparison) =>
      c.heatmap.rows.find((r) => r.code === 'KAP-2')?.cells.find((x) => x.period === '2025-Q4')?.score;
    const quarter = await compareIn('priority', '2025-Q4');
    expect(cell(prioritiesAfter)).toBe(quarter.groups.find((g) => g.code === 'KAP-2')?.rollUp.score);
    expect(cell(prioritiesAfter)).not.toBe(cell(prioritiesBefore));
  });
});
