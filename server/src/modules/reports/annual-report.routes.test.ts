import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '@rbm/shared';
import { annualTarget, assessKpi, rollUp, type RollUpItem } from '@rbm/shared/rbm';
import type { AnnualReport, Comparison, Problem, ReportGroup, RollUpFigures } from '@rbm/shared/schemas';
import { buildTestApp, TEST_NOW, type TestContext } from '../../../test/build-test-app.ts';
import { requirePlan } from '../plans/plans.service.ts';
import { parseCsv } from './csv.test-support.ts';
import { exportLocale } from './export-texts/index.ts';

const en = exportLocale('en');

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027';
const get = (url: string) => ctx.app.inject({ method: 'GET', url });
async function report(query: string): Promise<AnnualReport> {
  const res = await get(`/api/reports/annual/2025?plan=${PLAN}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<AnnualReport>();
}

const priorities = (r: AnnualReport) => r.sectors.flatMap((s) => s.priorities);

describe('GET /api/reports/annual/:year (JSON)', () => {
  it('reports a past year of the plan on approved values: plan, goals, Sectors, priorities', async () => {
    const r = await report('');
    expect(r.plan).toEqual({ code: PLAN, name: { text: 'ITU Strategic Plan 2024-2027', language: 'en' } });
    expect(r).toMatchObject({ year: 2025, due: true, latestDueQuarter: '2025-Q4' });
    expect(r.basis).toEqual({ values: 'approved', period: '2025', asOf: '2026-Q3' });
    expect(r.overall.kpiCount).toBe(42);
    expect(r.overall.dueCount).toBe(42);
    expect(r.goals.map((g) => g.code)).toEqual(['G1', 'G2']);
    expect(r.sectors.map((s) => s.code)).toEqual(['ITU-R', 'ITU-T', 'ITU-D', 'GS']);
    expect(r.sectors.find((s) => s.code === 'ITU-D')?.priorities.map((p) => p.code)).toEqual([
      'KAP-1',
      'KAP-2',
      'KAP-3',
      'KAP-4',
      'KAP-5',
    ]);
    for (const group of [r.overall, ...r.goals.map((g) => g.rollUp), ...priorities(r).map((p) => p.rollUp)]) {
      const counted = STATUSES.reduce((sum, s) => sum + group.counts[s], 0);
      expect(counted).toBe(group.kpiCount);
    }
  });

  it('lists the KPIs off track, worst first, with the narrative of the approved Q4 review', async () => {
    const r = await report('');
    expect(r.offTrack.length).toBe(r.overall.counts.off_track);
    expect(r.offTrack.length).toBeGreaterThan(0);
    const ratios = r.offTrack.map((k) => k.ratio ?? Infinity);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    for (const kpi of r.offTrack) {
      expect(kpi.status).toBe('off_track');
      expect(kpi.narrative).toMatchObject({ period: '2025-Q4', status: 'approved' });
      expect(kpi.narrative?.challenges).toMatch(/^\[Demo\]/);
    }
  });

  it('lists the KPIs achieved and gives every KPI off track its target, from approved values only', async () => {
    const r = await report('');
    expect(r.achieved.length).toBe(r.overall.counts.achieved);
    expect(r.achieved.length).toBeGreaterThan(0);
    const plan = await requirePlan(ctx.db, PLAN);
    const measurement = await ctx.app.measurements.get(ctx.db, plan, 'approved');
    const byCode = new Map(measurement.kpis.map((k) => [k.code, k]));
    for (const k of [...r.achieved, ...r.offTrack]) {
      const kpi = byCode.get(k.code);
      expect(kpi, k.code).toBeDefined();
      if (kpi) expect(k.target).toBe(annualTarget(kpi.rbm, measurement.rbmPlan, 2025));
    }
    for (const k of r.achieved) expect(k.actual, k.code).not.toBeNull();
  });

  it("gives the year's achievements from approved reviews, latest quarter first", async () => {
    const r = await report('');
    expect(r.achievements.length).toBe(40);
    expect(r.achievements[0]).toMatchObject({ period: '2025-Q4', status: 'approved' });
    expect(r.achievements.at(-1)?.period).toBe('2025-Q1');
    const periods = r.achievements.map((a) => a.period);
    expect(periods).toEqual([...periods].sort().reverse());
  });

  it('figures equal a roll-up recomputed from the approved values with the calculation module', async () => {
    const r = await report('');
    const plan = await requirePlan(ctx.db, PLAN);
    const measurement = await ctx.app.measurements.get(ctx.db, plan, 'approved');
    const priority = await ctx.db
      .selectFrom('thematicPriority')
      .select('id')
      .where('planId', '=', plan.id)
      .where('code', '=', 'KAP-3')
      .executeTakeFirstOrThrow();
    const members = measurement.kpis.filter((k) => k.priorityIds.includes(priority.id));
    const items: RollUpItem[] = [];
    for (const kpi of members) {
      const values = await ctx.db
        .selectFrom('kpiValue')
        .select(['period', 'value'])
        .where('kpiId', '=', kpi.id)
        .where('regionId', 'is', null)
        .where('state', '=', 'approved')
        .where('value', 'is not', null)
        .execute();
      const actuals = values.map((v) => ({ period: v.period, value: v.value as number }));
      const assessment = assessKpi(kpi.rbm, measurement.rbmPlan, actuals, '2025', TEST_NOW);
      items.push({ kpiId: kpi.id, weight: kpi.rbm.weight, direction: kpi.rbm.direction, assessment });
    }
    const expected = rollUp(items, measurement.rbmPlan.thresholds);
    const { timeliness, ...reported } = priorities(r).find((p) => p.code === 'KAP-3')
      ?.rollUp as RollUpFigures;
    expect(reported).toEqual(expected);
    expect(timeliness).not.toBeNull();
  });

  it('reports a year under way to date, as of the latest quarter every priority has approved', async () => {
    const res = await get(`/api/reports/annual/2026?plan=${PLAN}`);
    expect(res.statusCode).toBe(200);
    const r = res.json<AnnualReport>();
    // 2026-Q3 is complete but under review: the Council's figures stand at 2026-Q2, approved values only.
    expect(r).toMatchObject({ year: 2026, due: false, latestDueQuarter: '2026-Q3', yearToDate: '2026-Q2' });
    expect(r.basis).toEqual({ values: 'approved', period: '2026-Q2', asOf: '2026-Q3' });
    expect(r.overall.score).not.toBeNull();
    expect(r.overall.reportedCount).toBeGreaterThan(0);
    const compared = await get(`/api/compare?plan=${PLAN}&by=sector&period=2026-Q2`);
    const bySector = new Map(compared.json<Comparison>().groups.map((g) => [g.code, g.rollUp]));
    for (const sector of r.sectors) expect(sector.rollUp, sector.code).toEqual(bySector.get(sector.code));
    for (const kpi of r.offTrack) expect(kpi.narrative?.period ?? '2026-Q2').toBe('2026-Q2');
    // With drafts (planners only), the year to date reaches 2026-Q3.
    const drafts = await get(`/api/reports/annual/2026?plan=${PLAN}&include=unapproved`);
    expect(drafts.json<AnnualReport>()).toMatchObject({ yearToDate: '2026-Q3' });
    const future = await get(`/api/reports/annual/2027?plan=${PLAN}`);
    expect(future.json<AnnualReport>()).toMatchObject({
      due: false,
      latestDueQuarter: null,
      yearToDate: null,
      achievements: [],
    });
  });

  it('include=unapproved says so and adds the submitted reviews of the year', async () => {
    const approved = await get(`/api/reports/annual/2026?plan=${PLAN}`);
    const all = await get(`/api/reports/annual/2026?plan=${PLAN}&include=unapproved`);
    expect(all.json<AnnualReport>().basis.values).toBe('unapproved');
    const approvedTexts = approved.json<AnnualReport>().achievements;
    const allTexts = all.json<AnnualReport>().achievements;
    expect(approvedTexts.every((a) => a.status === 'approved')).toBe(true);
    expect(allTexts.length).toBeGreaterThan(approvedTexts.length);
    expect(allTexts.some((a) => a.period === '2026-Q3' && a.status === 'submitted')).toBe(true);
  });

  it('defaults to the active plan and names things in the language asked for', async () => {
    const res = await get('/api/reports/annual/2025?lang=fr');
    expect(res.statusCode).toBe(200);
    const r = res.json<AnnualReport>();
    expect(r.plan.code).toBe(PLAN);
    expect(r.goals[0]?.name.language).toBe('fr');
    expect(r.goals[0]?.name.text).not.toBe('Universal connectivity');
  });

  it('answers 404 for an unknown plan, 422 for a year outside the plan, 400 for bad input', async () => {
    const unknown = await get('/api/reports/annual/2025?plan=SP-1999-2002');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Problem>().code).toBe('not_found');
    const outside = await get(`/api/reports/annual/2023?plan=${PLAN}`);
    expect(outside.statusCode).toBe(422);
    expect(outside.headers['content-type']).toContain('application/problem+json');
    expect(outside.json<Problem>()).toMatchObject({ code: 'year_outside_plan' });
    expect(outside.json<Problem>().errors?.[0]?.field).toBe('params.year');
    const notYear = await get(`/api/reports/annual/twenty?plan=${PLAN}`);
    expect(notYear.statusCode).toBe(400);
    expect(notYear.json<Problem>().errors?.[0]?.field).toBe('params.year');
    const badFormat = await get(`/api/reports/annual/2025?format=pdf`);
    expect(badFormat.json<Problem>().errors?.[0]?.field).toBe('querystring.format');
    expect((await get('/api/reports/annual/2025?colour=red')).statusCode).toBe(400);
    expect((await get('/api/reports/annual/2025?include=drafts')).statusCode).toBe(400);
  });

  it('documents the JSON schema, CSV, XLSX and PowerPoint as the 200 answer in OpenAPI', async () => {
    const doc = (await get('/docs/json')).json<{
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, unknown> }> } }>;
    }>();
    const content = doc.paths['/api/reports/annual/{year}']?.get.responses['200']?.content ?? {};
    expect(Object.keys(content)).toEqual([
      'application/json',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ]);
    expect(JSON.stringify(content['application/json'])).toContain('offTrack');
  });
});

describe('GET /api/reports/annual/:year?format=csv', () => {
  it('downloads one RFC 4180 table with the same numbers as the JSON', async () => {
    const json = await report('');
    const res = await get(`/api/reports/annual/2025?plan=${PLAN}&format=csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="annual-report-SP-2024-2027-2025-en.csv"',
    );
    const [first, header, ...rows] = parseCsv(res.body.replace(/^\uFEFF/, ''));
    expect(first).toEqual(expect.arrayContaining([PLAN, '2025', 'approved values only', 'as of 2026-Q3']));
    const records = rows.map((row) => Object.fromEntries((header ?? []).map((h, i) => [h, row[i] ?? ''])));
    const num = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));
    const expectGroup = (level: string, group: Pick<ReportGroup, 'code' | 'rollUp'>) => {
      const record = records.find((r) => r.level === level && r.code === group.code);
      expect(record, `${level} ${group.code}`).toBeDefined();
      expect(record?.status).toBe(group.rollUp.status);
      expect(num(record?.score)).toBe(group.rollUp.score);
      expect(num(record?.completeness)).toBe(group.rollUp.completeness);
      expect(num(record?.timeliness)).toBe(group.rollUp.timeliness);
      expect(num(record?.kpiCount)).toBe(group.rollUp.kpiCount);
      for (const s of STATUSES) expect(num(record?.[s])).toBe(group.rollUp.counts[s]);
    };
    expectGroup('plan', { code: PLAN, rollUp: json.overall });
    json.goals.forEach((g) => expectGroup('goal', g));
    json.sectors.forEach((s) => expectGroup('sector', s));
    priorities(json).forEach((p) => expectGroup('priority', p));
    const kpis = records.filter((r) => r.level === 'kpi');
    expect(kpis.map((k) => k.code)).toEqual(json.offTrack.map((k) => k.code));
    json.offTrack.forEach((k, i) => {
      expect(num(kpis[i]?.actual)).toBe(k.actual);
      expect(num(kpis[i]?.ratio)).toBe(k.ratio);
      expect(kpis[i]?.challenges).toBe(k.narrative?.challenges ?? '');
    });
    expect(records.length).toBe(
      1 + json.goals.length + json.sectors.length + priorities(json).length + kpis.length,
    );
  });

  it('answers problems, not files, when the request fails', async () => {
    const res = await get('/api/reports/annual/2025?plan=NOPE&format=csv');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET /api/reports/annual/:year?format=xlsx', () => {
  it('downloads a workbook whose sheets hold the figures of the JSON', async () => {
    const json = await report('&include=unapproved');
    const res = await get(`/api/reports/annual/2025?plan=${PLAN}&include=unapproved&format=xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toContain('annual-report-SP-2024-2027-2025-en.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Goals',
      'Sectors',
      'Priorities',
      'Off track',
      'Achieved',
      'Achievements',
      'Risk heat map',
      'Top risks',
      'Recommendations',
      'Overdue recommendations',
      'Commitments',
    ]);
    const rows = (name: string) => {
      const sheet = workbook.getWorksheet(name);
      const values: unknown[][] = [];
      sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      return values;
    };
    const summary = new Map(rows('Summary').map((r) => [r[0], r[1]]));
    expect(summary.get('Plan')).toBe(PLAN);
    expect(summary.get('Values')).toBe('Includes draft and submitted values (not for publication)');
    expect(summary.get('Score')).toBe(json.overall.score);

    const [goalHeader, ...goals] = rows('Goals');
    expect(goalHeader?.slice(0, 4)).toEqual(['Code', 'Name', 'Status', 'Score']);
    expect(goals.map((g) => [g[0], g[2], g[3], g[6]])).toEqual(
      json.goals.map((g) => [g.code, en.statusLabel(g.rollUp.status), g.rollUp.score, g.rollUp.kpiCount]),
    );
    expect(workbook.getWorksheet('Goals')?.getRow(2).getCell(4).numFmt).toBe('0.0%');
    expect(rows('Sectors').length - 1).toBe(json.sectors.length);
    const priorityRows = rows('Priorities').slice(1);
    expect(priorityRows.map((p) => [p[1], p[4]])).toEqual(
      priorities(json).map((p) => [p.code, p.rollUp.score]),
    );
    expect(
      rows('Off track')
        .slice(1)
        .map((k) => [k[0], k[5], k[6], k[7], k[8]]),
    ).toEqual(json.offTrack.map((k) => [k.code, k.actual, k.expected, k.target, k.ratio]));
    expect(rows('Achieved').length - 1).toBe(json.achieved.length);
    // Figures keep their value, grouped by thousands as the reader's spreadsheet writes them.
    workbook.getWorksheet('Achieved')?.eachRow((row, n) => {
      const actual = row.getCell(5);
      if (n > 1 && typeof actual.value === 'number') {
        expect(actual.numFmt).toBe(Number.isInteger(actual.value) ? '#,##0' : '#,##0.00');
      }
    });
    expect(rows('Achievements').length - 1).toBe(json.achievements.length);
  });
});
