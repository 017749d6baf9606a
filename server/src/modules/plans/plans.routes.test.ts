import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework, PlanList, Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

describe('GET /api/health', () => {
  it('answers ok after checking the database', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /api/plans', () => {
  it('lists both plans, the newest first, with their default thresholds', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans' });
    expect(res.statusCode).toBe(200);
    const body = res.json<PlanList>();
    expect(body.items.map((p) => p.code)).toEqual(['SP-2024-2027', 'SP-2020-2023']);
    expect(body.items[0]).toMatchObject({
      startYear: 2024,
      endYear: 2027,
      status: 'active',
      thresholds: { onTrack: 0.9, atRisk: 0.6 },
      reportingDeadlineDays: 15,
    });
  });

  it('refuses a language that is not an official one, saying which field is wrong', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans?lang=de' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<Problem>();
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors?.[0]?.field).toBe('querystring.lang');
  });
});

describe('GET /api/plans/:plan', () => {
  it('answers 404 as problem+json for an unknown plan', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-1999-2002' });
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>()).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('GET /api/plans/:plan/framework', () => {
  it('gives the whole tree: two goals with targets, four Sectors, the five ITU-D priorities', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2024-2027/framework' });
    expect(res.statusCode).toBe(200);
    const framework = res.json<Framework>();
    expect(framework.goals.map((g) => [g.code, g.name.text])).toEqual([
      ['G1', 'Universal connectivity'],
      ['G2', 'Sustainable digital transformation'],
    ]);
    expect(framework.goals.every((g) => g.sourceStatus === 'verified')).toBe(true);
    const umc1 = framework.goals[0]?.targets.find((t) => t.code === 'UMC-1');
    expect(umc1).toMatchObject({ value: 100, deadlineYear: 2030, sourceStatus: 'proxy' });
    expect(framework.sectors.map((s) => s.code)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'GS']);
    const itud = framework.sectors.find((s) => s.code === 'ITU-D');
    expect(itud?.priorities.map((p) => p.code)).toEqual(['KAP-1', 'KAP-2', 'KAP-3', 'KAP-4', 'KAP-5']);
    expect(itud?.priorities[0]?.name.text).toBe('Affordable connectivity');
    const kpis = new Set(
      framework.sectors.flatMap((s) =>
        s.priorities.flatMap((p) => p.outcomes.flatMap((o) => o.kpis.map((k) => k.code))),
      ),
    );
    expect(kpis.size).toBeGreaterThanOrEqual(30);
    expect(framework.themes.length).toBe(13);
  });

  it('names the framework in French where a translation exists, and says when English stands in', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2024-2027/framework?lang=fr' });
    const framework = res.json<Framework>();
    expect(framework.language).toBe('fr');
    // The fixtures' translations were written for the project: unofficial until an administrator confirms them.
    expect(framework.goals[0]?.name).toEqual({ text: expect.any(String), language: 'fr', unofficial: true });
    expect(framework.goals[0]?.name.text).not.toBe('Universal connectivity');
    const arabic = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2024-2027/framework?lang=ar' });
    const kpi = arabic.json<Framework>().sectors[0]?.priorities[0]?.outcomes[0]?.kpis[0];
    expect(kpi?.name).toMatchObject({ language: 'ar', unofficial: true });
    // The Sectors' names are the Union's own: confirmed, so not marked.
    expect(arabic.json<Framework>().sectors[0]?.name).toEqual({
      text: 'قطاع الاتصالات الراديوية',
      language: 'ar',
    });
    // Texts with no translation (most of the 2020-2023 plan) still fall back to English, marked as such.
    const old = await ctx.app.inject({ method: 'GET', url: '/api/plans/SP-2020-2023/framework?lang=ar' });
    const oldKpi = old.json<Framework>().sectors[0]?.priorities[0]?.outcomes[0]?.kpis[0];
    expect(oldKpi?.name.language).toBe('en');
  });

  it('takes the language from Accept-Language when none is asked for', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/plans/SP-2024-2027/framework',
      headers: { 'accept-language': 'fr-CH, fr;q=0.9, en;q=0.8' },
    });
    expect(res.json<Framework>().language).toBe('fr');
  });

  it('answers 404 for an unknown plan and 400 for a malformed code', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/plans/NOPE/framework' })).statusCode).toBe(404);
    const bad = await ctx.app.inject({ method: 'GET', url: `/api/plans/${'x'.repeat(60)}/framework` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Problem>().errors?.[0]?.field).toBe('params.plan');
  });
});

describe('unknown API routes', () => {
  it('answer 404 problem+json', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('route_not_found');
  });
});
