// The registers beside the retreat comparison, per Sector: risks above the appetite and the top risk, the
// recommendations open and overdue, all on confirmed states (a draft moves nothing until it is confirmed),
// the same for every reader and every grouping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, RecommendationDetail, RiskDetail, SectorRegisters } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { recommendationBody, recommendationStatus } from '../recommendations/recommendations.test-support.ts';
import { riskBody } from '../risks/risks.test-support.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D focal point
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
});
afterAll(async () => ctx.close());

async function registers(app: AppInstance, query = ''): Promise<SectorRegisters[]> {
  const res = await app.inject({ method: 'GET', url: `/api/compare?plan=SP-2024-2027${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Comparison>().registers;
}
const itud = (all: SectorRegisters[]) => all.find((r) => r.sector === 'ITU-D');

describe('GET /api/compare: the registers per Sector', () => {
  it('lists every Sector with its confirmed risks and recommendations, whatever the grouping', async () => {
    const all = await registers(council);
    expect(all.map((r) => r.sector)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'GS']);
    expect(await registers(council, '&by=region')).toEqual(all);
    for (const r of all) {
      expect(r.recommendationsOverdue).toBeLessThanOrEqual(r.recommendationsOpen);
      if (r.topRisk !== null) expect(r.topRisk.withinAppetite).toBe(r.risksAboveAppetite === 0);
    }
    // the Sectors' figures add up to the registers' own confirmed reads
    const rates = (await council.inject({ method: 'GET', url: '/api/recommendations/rates' })).json<{
      overall: { open: number; overdue: number };
    }>();
    expect(all.reduce((sum, r) => sum + r.recommendationsOpen, 0)).toBe(rates.overall.open);
    expect(all.reduce((sum, r) => sum + r.recommendationsOverdue, 0)).toBe(rates.overall.overdue);
  });

  it('moves only once a reviewer confirms the assessment and the recommendation state', async () => {
    const before = itud(await registers(council));
    const risk = await planner.inject({
      method: 'POST',
      url: '/api/risks',
      payload: riskBody({ code: 'RSK-RETREAT-1' }),
    });
    expect(risk.statusCode, risk.body).toBe(201);
    const url = `/api/risks/${risk.json<RiskDetail>().id}/assessments/2026-Q3`;
    const rating = {
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 5, impact: 5 },
      note: null,
    };
    expect((await planner.inject({ method: 'PUT', url, payload: rating })).statusCode).toBe(200);
    const status = recommendationStatus({ implementation: 'in_progress', targetDate: '2026-06-30' });
    const rec = await planner.inject({
      method: 'POST',
      url: '/api/recommendations',
      payload: recommendationBody({ reportRef: 'JIU/REP/2026/RETREAT', status }),
    });
    expect(rec.statusCode, rec.body).toBe(201);

    // drafts: nothing moves, for the Council nor for the author
    expect(itud(await registers(council))).toEqual(before);
    expect(itud(await registers(planner))).toEqual(before);

    expect((await reviewer.inject({ method: 'POST', url: `${url}/confirm` })).statusCode).toBe(200);
    const id = rec.json<RecommendationDetail>().id;
    const confirmed = await reviewer.inject({ method: 'POST', url: `/api/recommendations/${id}/confirm` });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const after = itud(await registers(council));
    expect(after).toMatchObject({
      risksAboveAppetite: (before?.risksAboveAppetite ?? 0) + 1,
      recommendationsOpen: (before?.recommendationsOpen ?? 0) + 1,
      recommendationsOverdue: (before?.recommendationsOverdue ?? 0) + 1,
    });
    expect(after?.topRisk).toMatchObject({ score: 25, withinAppetite: false });
  });
});
