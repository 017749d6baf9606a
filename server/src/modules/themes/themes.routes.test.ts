// Intersectoral coordination through the API, on the demo data: themes with their coordinator and focal
// points; activities recorded by whoever may edit their unit's (checked, audited, scoped), with overlapping
// events flagged; the matrix's roll-ups from the published figures; the radar's candidates and decisions.
import type {
  Activity,
  ActivityList,
  Explorer,
  Matrix,
  Problem,
  Radar,
  RadarCandidate,
  ThemeList,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RADAR_LABELLED_DUPLICATES } from '../../../../fixtures/demo-activities.ts';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D, focal point of ITU-D on GEN, CN, EMT
let coordinator: AppInstance; // the demo reviewer (ITU-D), who coordinates every theme in the demo
let council: AppInstance;
let otherPlanner: AppInstance; // R-TER only
let focalR: AppInstance; // a viewer appointed focal point of ITU-R below

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  coordinator = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
  const password = 'another-scope-pass';
  await createUser(ctx.db, { username: 'rter-planner', role: 'planner', password, priorities: ['R-TER'] });
  await createUser(ctx.db, { username: 'focal-r', role: 'viewer', password });
  otherPlanner = await ctx.signIn('rter-planner', password);
  focalR = await ctx.signIn('focal-r', password);
});
afterAll(async () => ctx.close());

const activity = (over: Record<string, unknown> = {}) => ({
  code: 'ACT-TEST-1',
  kind: 'event',
  unit: 'ITU-D',
  region: 'AFR',
  startDate: '2026-04-23',
  endDate: '2026-04-23',
  texts: {
    en: { title: 'Coding camp for girls', description: null },
    fr: { title: 'Camp de code', description: null },
  },
  themes: ['GEN'],
  partners: ['UNICEF'],
  participants: ['GS'],
  ...over,
});

async function activityRows() {
  return (await ctx.db.selectFrom('activity').select('id').execute()).length;
}

describe('themes and appointments', () => {
  it('lists the 13 themes with their coordinator, focal points and every unit', async () => {
    const res = await council.inject({ method: 'GET', url: '/api/themes?lang=fr' });
    expect(res.statusCode).toBe(200);
    const list = res.json<ThemeList>();
    expect(list.items).toHaveLength(13);
    expect(list.units).toEqual([
      'ITU-R',
      'ITU-T',
      'ITU-D',
      'GS',
      'RO-AFR',
      'RO-AMS',
      'RO-ARB',
      'RO-ASP',
      'RO-CIS',
      'RO-EUR',
    ]);
    const gen = list.items.find((t) => t.code === 'GEN');
    expect(gen?.name.language).toBe('fr');
    expect(gen?.coordinator?.username).toBe('reviewer');
    expect(gen?.focalPoints).toEqual([
      { unit: 'ITU-D', person: { username: 'planner', name: 'Pat Planner, BDT' } },
    ]);
  });

  it('lets the coordinator appoint focal points, refuses others, and audits', async () => {
    const put = (app: AppInstance, unit: string, username: string | null) =>
      app.inject({ method: 'PUT', url: `/api/themes/emt/focal-points/${unit}`, payload: { username } });
    expect((await put(planner, 'ITU-R', 'focal-r')).statusCode).toBe(403);
    const bad = await put(coordinator, 'ITU-X', 'focal-r');
    expect(bad.statusCode).toBe(422);
    expect(bad.json<Problem>().errors?.[0]).toMatchObject({ field: 'params.unit', code: 'unknown_unit' });
    expect((await put(coordinator, 'ITU-R', 'nobody')).json<Problem>().code).toBe('unknown_user');
    const ok = await put(coordinator, 'ITU-R', 'focal-r');
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ focalPoints: Array<{ unit: string }> }>().focalPoints.map((f) => f.unit)).toEqual([
      'ITU-R',
      'ITU-D',
    ]);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor: 'reviewer', entity: 'theme_focal_point', entityId: 'EMT/ITU-R' });
    // only administrators appoint coordinators
    const coord = await coordinator.inject({
      method: 'PUT',
      url: '/api/themes/EMT/coordinator',
      payload: { username: 'focal-r' },
    });
    expect(coord.statusCode).toBe(403);
  });
});

describe('activities', () => {
  it('lists 40 or more demo activities and flags overlapping events of different units', async () => {
    const { items } = (await council.inject({ method: 'GET', url: '/api/activities' })).json<ActivityList>();
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(items.every((a) => a.sourceStatus === 'demo')).toBe(true);
    const girls = items.find((a) => a.code === 'ACT-AFR-01');
    expect(girls?.overlaps).toEqual([{ code: 'ACT-GS-01', unit: 'GS', themes: ['GEN'] }]);
    // a publication is never an overlapping event; the same unit's events do not overlap each other
    expect(items.find((a) => a.code === 'ACT-R-01')?.overlaps).toEqual([]);
    const flagged = (
      await council.inject({ method: 'GET', url: '/api/activities?overlapping=true&theme=GEN' })
    ).json<ActivityList>();
    // ACT-EUR-01 (GEN and EVT) meets the GS press briefing on EVT in Europe
    expect(flagged.items.map((a) => a.code).sort()).toEqual(['ACT-AFR-01', 'ACT-EUR-01', 'ACT-GS-01']);
  });

  it('lets a planner of the unit record one, in several languages, flagged against the others', async () => {
    const res = await planner.inject({ method: 'POST', url: '/api/activities', payload: activity() });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<Activity>();
    expect(created).toMatchObject({
      code: 'ACT-TEST-1',
      sourceStatus: 'entered',
      version: 1,
      participants: ['GS'],
    });
    expect(created.texts.fr?.title).toBe('Camp de code');
    expect(created.overlaps.map((o) => o.code).sort()).toEqual(['ACT-AFR-01', 'ACT-GS-01']);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor: 'planner',
      action: 'create',
      entity: 'activity',
      entityId: String(created.id),
    });
    const taken = await planner.inject({ method: 'POST', url: '/api/activities', payload: activity() });
    expect(taken.json<Problem>()).toMatchObject({ status: 409, code: 'activity_taken' });
  });

  it("refuses another unit's activities, and lets a focal point record their unit's", async () => {
    const before = await activityRows();
    const itur = activity({ code: 'ACT-TEST-R', unit: 'ITU-R', themes: ['EMT'], participants: [] });
    expect(
      (
        await otherPlanner.inject({
          method: 'POST',
          url: '/api/activities',
          payload: activity({ code: 'ACT-X' }),
        })
      ).statusCode,
    ).toBe(403);
    expect((await planner.inject({ method: 'POST', url: '/api/activities', payload: itur })).statusCode).toBe(
      403,
    );
    expect((await council.inject({ method: 'POST', url: '/api/activities', payload: itur })).statusCode).toBe(
      403,
    );
    expect(await activityRows()).toBe(before);
    // focal-r was appointed ITU-R's focal point on EMT above
    const res = await focalR.inject({ method: 'POST', url: '/api/activities', payload: itur });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers an actionable 422 naming every bad field, and writes nothing', async () => {
    const before = await activityRows();
    const res = await planner.inject({
      method: 'POST',
      url: '/api/activities',
      payload: activity({
        code: 'ACT-BAD',
        region: 'XYZ',
        startDate: '2026-02-30',
        endDate: '2026-01-01',
        themes: ['NOPE'],
        participants: ['ITU-D', 'RO-MARS'],
      }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json<Problem>();
    expect(problem.code).toBe('activity_invalid');
    expect(problem.errors?.map((e) => [e.field, e.code])).toEqual([
      ['body.participants.0', 'own_unit'],
      ['body.participants.1', 'unknown_unit'],
      ['body.region', 'unknown_region'],
      ['body.themes.0', 'unknown_theme'],
      ['body.startDate', 'invalid_date'],
      ['body.endDate', 'end_before_start'],
    ]);
    const noText = await planner.inject({
      method: 'POST',
      url: '/api/activities',
      payload: activity({ code: 'ACT-BAD', texts: {} }),
    });
    expect(noText.statusCode).toBe(400);
    expect(await activityRows()).toBe(before);
  });

  it('changes an activity with its version, and refuses a stale one (409)', async () => {
    const { items } = (
      await planner.inject({ method: 'GET', url: '/api/activities?unit=ITU-D&kind=event' })
    ).json<ActivityList>();
    const mine = items.find((a) => a.code === 'ACT-TEST-1') as Activity;
    const { id, overlaps: _o, sourceStatus: _s, ...rest } = mine;
    const url = `/api/activities/${id}`;
    const ok = await planner.inject({ method: 'PUT', url, payload: { ...rest, region: 'EUR' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Activity>()).toMatchObject({ region: 'EUR', version: 2, overlaps: [] });
    const stale = await planner.inject({ method: 'PUT', url, payload: { ...rest, region: 'ASP' } });
    expect(stale.json<Problem>()).toMatchObject({ status: 409, code: 'version_conflict' });
    expect((await council.inject({ method: 'GET', url: '/api/activities/999999' })).statusCode).toBe(404);
  });
});

describe('the matrix', () => {
  it("rolls each theme's KPIs up as the explorer does, each KPI once", async () => {
    const matrix = (await council.inject({ method: 'GET', url: '/api/themes/matrix' })).json<Matrix>();
    const explorer = (
      await council.inject({ method: 'GET', url: `/api/explorer?view=sector&period=${matrix.period}` })
    ).json<Explorer>();
    type Node = {
      code: string;
      rollUp: Matrix['themes'][number]['rollUp'];
      kpis?: Node[];
      outcomes?: Node[];
      priorities?: Node[];
    };
    const leaves = new Map<string, Node>();
    const walk = (node: Node) => {
      for (const k of node.kpis ?? []) leaves.set(k.code, k);
      for (const child of [...(node.priorities ?? []), ...(node.outcomes ?? [])]) walk(child);
    };
    for (const root of explorer.roots as unknown as Node[]) walk(root);
    expect(matrix.basis).toEqual({ values: 'approved', period: explorer.basis.period });
    for (const theme of matrix.themes) {
      const codes = [...new Set(matrix.cells.filter((c) => c.theme === theme.code).flatMap((c) => c.kpis))];
      expect(theme.rollUp.kpiCount, theme.code).toBe(codes.length);
      const counts = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0, not_due: 0 };
      for (const code of codes) {
        const leaf = leaves.get(code);
        expect(leaf, code).toBeDefined();
        for (const [status, n] of Object.entries(leaf?.rollUp.counts ?? {}))
          counts[status as keyof typeof counts] += n;
      }
      expect(theme.rollUp.counts, theme.code).toEqual(counts);
      expect(theme.quarters.at(-1)).toEqual({ period: matrix.period, rollUp: theme.rollUp });
    }
    // BSG's KPIs are exactly T-BSG's: the same figures, score, completeness and timeliness included
    const tbsg = (explorer.roots as unknown as Node[])
      .flatMap((r) => r.priorities ?? [])
      .find((p) => p.code === 'T-BSG');
    expect(matrix.themes.find((t) => t.code === 'BSG')?.rollUp).toEqual(tbsg?.rollUp);
  });

  it('places KPIs and activities in their units, filters from the address, and counts open candidates', async () => {
    const res = await council.inject({ method: 'GET', url: '/api/themes/matrix?theme=gen&unit=RO-AFR' });
    expect(res.statusCode, res.body).toBe(200);
    const matrix = res.json<Matrix>();
    expect(matrix.units).toEqual(['RO-AFR']);
    expect(matrix.themes.map((t) => t.code)).toEqual(['GEN']);
    expect(matrix.cells).toEqual([{ theme: 'GEN', unit: 'RO-AFR', kpis: [], activities: ['ACT-AFR-01'] }]);
    expect(matrix.themes[0]?.openCandidates).toBeGreaterThanOrEqual(1);
    const bad = await council.inject({ method: 'GET', url: '/api/themes/matrix?period=2019-Q1' });
    expect(bad.json<Problem>().code).toBe('period_outside_plan');
  });
});

describe('the duplication radar', () => {
  const key = async (code: string) =>
    `activity:${(await ctx.db.selectFrom('activity').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id}`;

  it('finds every planted duplicate in the demo data, with score and reasons', async () => {
    const radar = (await council.inject({ method: 'GET', url: '/api/themes/radar' })).json<Radar>();
    const pairs = radar.items.map((c) => [c.a.code, c.b.code].sort().join('|'));
    for (const [a, b] of RADAR_LABELLED_DUPLICATES)
      expect(pairs, `${a} ~ ${b}`).toContain([a, b].sort().join('|'));
    const cross = radar.items.find((c) => [c.a.code, c.b.code].includes('ACT-ARB-01'));
    expect(cross?.reasons).toEqual(expect.arrayContaining(['overlapping_dates', 'same_region:ARB']));
    expect(cross?.score).toBeGreaterThan(0.5);
    expect(radar.openByTheme.ENV).toBeGreaterThanOrEqual(1);
  });

  it("lets the theme's coordinator decide a pair with a note; the count drops and the pair is not proposed again", async () => {
    const [a, b] = [await key('ACT-AFR-01'), await key('ACT-GS-01')];
    const decide = (app: AppInstance, payload: object) =>
      app.inject({ method: 'POST', url: '/api/themes/radar/decisions', payload });
    const openGen = async () =>
      (await council.inject({ method: 'GET', url: '/api/themes/radar?theme=GEN' })).json<Radar>();
    const before = await openGen();
    expect((await decide(planner, { a, b, decision: 'joint_work', note: 'Run together' })).statusCode).toBe(
      403,
    );
    expect(
      (await decide(coordinator, { a, b, decision: 'joint_work', note: '   ' })).json<Problem>().code,
    ).toBe('note_required');
    const unrelated = await decide(coordinator, {
      a,
      b: await key('ACT-R-01'),
      decision: 'unrelated',
      note: 'x',
    });
    expect(unrelated.json<Problem>()).toMatchObject({ status: 422, code: 'not_a_candidate' });
    const res = await decide(coordinator, {
      a: b,
      b: a,
      decision: 'joint_work',
      note: 'One celebration, run together',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<RadarCandidate>().decision).toMatchObject({
      decision: 'joint_work',
      decidedBy: 'reviewer',
    });
    const after = await openGen();
    expect(after.openByTheme.GEN).toBe((before.openByTheme.GEN ?? 0) - 1);
    expect(after.items.some((c) => c.a.key === a && c.b.key === b)).toBe(false);
    const decided = (
      await council.inject({ method: 'GET', url: '/api/themes/radar?state=decided' })
    ).json<Radar>();
    expect(decided.items.map((c) => c.decision?.note)).toEqual(['One celebration, run together']);
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor: 'reviewer', action: 'decide', entity: 'radar_candidate' });
  });
});
