import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '@rbm/shared';
import type { Comparison, Dashboard, Explorer, ExplorerRoot, Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
const get = (url: string) => ctx.app.inject({ method: 'GET', url });
async function explore(query: string): Promise<Explorer> {
  const res = await get(`/api/explorer?plan=${PLAN}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Explorer>();
}
async function json<T>(url: string): Promise<T> {
  const res = await get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

/** Every KPI code listed under a root (a KPI under two outcomes or priorities is listed in each). */
const kpiCodes = (root: ExplorerRoot) =>
  root.priorities.flatMap((p) => [...p.outcomes.flatMap((o) => o.kpis), ...p.kpis].map((k) => k.code));
const leaves = (e: Explorer) =>
  e.roots.flatMap((r) => r.priorities.flatMap((p) => [...p.outcomes.flatMap((o) => o.kpis), ...p.kpis]));

describe('GET /api/explorer', () => {
  it('gives goals -> priorities -> outcomes -> KPIs, each figure equal to the dashboard and comparison', async () => {
    const e = await explore('&period=2026-Q2');
    expect(e).toMatchObject({ view: 'goal', period: '2026-Q2', filters: { sector: null, region: null } });
    expect(e.basis).toEqual({ values: 'approved', period: '2026-Q2', asOf: '2026-Q3' });
    const dashboard = await json<Dashboard>(`/api/dashboard?plan=${PLAN}&period=2026-Q2`);
    expect(e.overall).toEqual(dashboard.overall);
    const goals = e.roots.filter((r) => r.kind === 'goal');
    expect(goals.map((r) => [r.code, r.rollUp])).toEqual(dashboard.goals.map((g) => [g.code, g.rollUp]));
    // KPIs linked to no target are listed too, so every KPI of the plan is in the tree.
    expect(e.roots.at(-1)?.kind).toBe('unlinked');
    expect(new Set(e.roots.flatMap(kpiCodes)).size).toBe(e.overall.kpiCount);
    for (const root of e.roots) {
      // The root's KPI count is the number of distinct KPIs below it: none counted twice.
      expect(new Set(kpiCodes(root)).size).toBe(root.rollUp.kpiCount);
      for (const p of root.priorities) {
        expect(p.outcomes.length + p.kpis.length).toBeGreaterThan(0);
        const counted = STATUSES.reduce((sum, s) => sum + p.rollUp.counts[s], 0);
        expect(counted).toBe(p.rollUp.kpiCount);
      }
    }
    const kpi = leaves(e)[0];
    expect(kpi?.rollUp.kpiCount).toBe(1);
    expect(kpi?.rollUp.status).toBe(STATUSES.find((s) => kpi?.rollUp.counts[s] === 1));
    expect(e.options.periods[0]).toBe('2024-Q1');
    expect(e.options.periods.at(-1)).toBe('2026-Q3');
    expect(e.options.sectors.map((s) => s.code)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'GS']);
    expect(e.options.regions.map((r) => r.code)).toEqual(['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR']);
  });

  it('by Sector: Sectors and their priorities equal the comparison (a shared KPI counts once)', async () => {
    // Without a period: the latest quarter with approved figures (2026-Q3 is still under review).
    const e = await explore('&view=sector');
    expect(e.period).toBe('2026-Q2');
    const bySector = await json<Comparison>(`/api/compare?plan=${PLAN}&by=sector&period=2026-Q2`);
    const byPriority = await json<Comparison>(`/api/compare?plan=${PLAN}&by=priority&period=2026-Q2`);
    const sectorFigures = new Map(bySector.groups.map((g) => [g.code, g.rollUp]));
    const priorityFigures = new Map(byPriority.groups.map((g) => [g.code, g.rollUp]));
    expect(e.roots.map((r) => r.code)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'GS']);
    for (const root of e.roots) {
      expect(root.rollUp).toEqual(sectorFigures.get(root.code));
      for (const p of root.priorities) {
        expect(p.sector).toBe(root.code);
        expect(p.rollUp).toEqual(priorityFigures.get(p.code));
      }
    }
    const itud = e.roots.find((r) => r.code === 'ITU-D');
    expect(itud?.priorities.map((p) => p.code)).toEqual(['KAP-1', 'KAP-2', 'KAP-3', 'KAP-4', 'KAP-5']);
  });

  it('filters by Sector, region and status', async () => {
    const itud = await explore('&view=sector&sector=itu-d');
    expect(itud.filters.sector).toBe('ITU-D');
    expect(itud.roots.map((r) => r.code)).toEqual(['ITU-D']);
    expect(itud.overall).toEqual(itud.roots[0]?.rollUp);
    const goals = await explore('&sector=ITU-D');
    for (const p of goals.roots.flatMap((r) => r.priorities)) expect(p.sector).toBe('ITU-D');

    const afr = await explore('&region=AFR');
    const byRegion = await json<Comparison>(`/api/compare?plan=${PLAN}&by=region&period=${afr.period}`);
    expect(afr.overall).toEqual(byRegion.groups.find((g) => g.code === 'AFR')?.rollUp);
    expect(afr.overall.timeliness).toBeNull();
    expect(afr.overall.kpiCount).toBeLessThan(42);

    const whole = await explore('&view=sector&period=2026-Q2');
    const offTrack = await explore('&view=sector&period=2026-Q2&status=off_track');
    expect(offTrack.filters.status).toBe('off_track');
    expect(leaves(offTrack).length).toBeGreaterThan(0);
    for (const k of leaves(offTrack)) expect(k.rollUp.status).toBe('off_track');
    // Group figures stay those of the whole group; only groups holding an off-track KPI are listed.
    for (const root of offTrack.roots) {
      const same = whole.roots.find((r) => r.code === root.code);
      expect(root.rollUp).toEqual(same?.rollUp);
      expect(root.rollUp.counts.off_track).toBeGreaterThan(0);
    }
    expect(new Set(leaves(offTrack).map((k) => k.code)).size).toBe(whole.overall.counts.off_track);
  });

  it('counts drafts only when asked, and only for admins', async () => {
    // Drafts included, the default is the last complete quarter itself.
    expect((await explore('&include=unapproved')).period).toBe('2026-Q3');
    const drafts = await explore('&include=unapproved&period=2026-Q3');
    expect(drafts.basis.values).toBe('unapproved');
    const approved = await explore('&period=2026-Q3');
    expect(drafts.overall.reportedCount).toBeGreaterThan(approved.overall.reportedCount);
    const council = await ctx.signIn('council', 'rbm-demo');
    const res = await council.inject({ method: 'GET', url: `/api/explorer?include=unapproved` });
    expect(res.statusCode).toBe(403);
    const ok = await council.inject({ method: 'GET', url: `/api/explorer?view=sector&lang=fr` });
    expect(ok.statusCode).toBe(200);
  });

  it('answers 404, 422 and 400 problems for bad input', async () => {
    const problem = async (query: string, status: number, code: string) => {
      const res = await get(`/api/explorer?${query}`);
      expect(res.statusCode, query).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json<Problem>().code).toBe(code);
    };
    await problem('plan=NOPE', 404, 'not_found');
    await problem('sector=ITU-X', 422, 'unknown_sector');
    await problem('region=MARS', 422, 'unknown_region');
    await problem('period=2031-Q1', 422, 'period_outside_plan');
    await problem('period=2025-Q5', 400, 'validation_failed');
    await problem('status=great', 400, 'validation_failed');
    await problem('view=target', 400, 'validation_failed');
    await problem('colour=red', 400, 'validation_failed');
  });
});
