// The registers in the annual report are the published ones: a risk assessment, a recommendation state or
// a commitment's progress note reaches the report (JSON, workbook, deck) only once a reviewer confirms it,
// and every reader, the author of the draft too, reads the same registers.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport, CommitmentDetail, RecommendationDetail, RiskDetail } from '@rbm/shared/schemas';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { recommendationBody, recommendationStatus } from '../recommendations/recommendations.test-support.ts';
import { riskBody } from '../risks/risks.test-support.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D focal point
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
let admin: AppInstance; // sees every draft, and may ask for unapproved figures
beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
  admin = await ctx.signIn('admin', DEMO_PASSWORD);
});
afterAll(async () => ctx.close());

const URL = '/api/reports/annual/2026?plan=SP-2024-2027';
const RISK = 'RSK-REPORT-1';
const REPORT_REF = 'JIU/REP/2026/REPORT';
const COMMITMENT = 'RET26-REPORT';
const NOTE = 'Calendar signed off by every regional office';

const json = async (app: AppInstance, query = '') => {
  const res = await app.inject({ method: 'GET', url: `${URL}${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AnnualReport>();
};

/** Every text of the workbook's cells, sheet by sheet, row by row. */
async function workbookTexts(app: AppInstance): Promise<string[][]> {
  const res = await app.inject({ method: 'GET', url: `${URL}&format=xlsx` });
  expect(res.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
  const rows: string[][] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  }
  return rows;
}

/** Every text run of the deck's slides, in order. */
async function deckTexts(app: AppInstance): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url: `${URL}&format=pptx` });
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  const xml = await Promise.all(slides.map((name) => zip.file(name)?.async('string') ?? ''));
  return xml.flatMap((s) => [...s.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1] ?? ''));
}

/** What the JSON says of the three items: the risk's cell, the recommendation, the commitment's status. */
async function inJson(app: AppInstance, query = '') {
  const { registers } = await json(app, query);
  const { risks, recommendations, commitments } = registers;
  const cell = risks.heatMap.cells.find((c) => c.risks.some((r) => r.code === RISK));
  return {
    seen: {
      cell: cell ? [cell.likelihood, cell.impact] : null,
      top: risks.top.some((r) => r.code === RISK),
      overdue: recommendations.overdueByUnit.some((u) => u.items.some((r) => r.reportRef === REPORT_REF)),
      commitment: commitments.items.find((c) => c.code === COMMITMENT)?.progress?.status ?? null,
      note: JSON.stringify(registers).includes(NOTE),
    },
    registers,
  };
}

/** What the workbook and the deck say of them (the commitment's status column beside its code). */
async function inFiles(app: AppInstance) {
  const rows = await workbookTexts(app);
  const deck = await deckTexts(app);
  return {
    xlsx: {
      risk: rows.some((r) => r.includes(RISK)),
      recommendation: rows.some((r) => r.includes(REPORT_REF)),
      commitment: rows.find((r) => r[0] === COMMITMENT)?.[3],
    },
    pptx: {
      risk: deck.includes(RISK),
      recommendation: deck.includes(REPORT_REF),
      commitment: deck[deck.indexOf(COMMITMENT) + 3],
    },
  };
}

let riskId: number;
let recommendationId: number;
let commitmentId: number;

describe('the registers in the annual report', () => {
  beforeAll(async () => {
    const risk = await planner.inject({
      method: 'POST',
      url: '/api/risks',
      payload: riskBody({ code: RISK }),
    });
    expect(risk.statusCode, risk.body).toBe(201);
    riskId = risk.json<RiskDetail>().id;
    const rating = {
      inherent: { likelihood: 5, impact: 5 },
      residual: { likelihood: 5, impact: 5 },
      note: null,
    };
    const assessed = await planner.inject({
      method: 'PUT',
      url: `/api/risks/${riskId}/assessments/2026-Q3`,
      payload: rating,
    });
    expect(assessed.statusCode, assessed.body).toBe(200);

    // accepted, due in June 2026 and not implemented: overdue on 23 November 2026
    const status = recommendationStatus({ implementation: 'in_progress', targetDate: '2026-06-30' });
    const rec = await planner.inject({
      method: 'POST',
      url: '/api/recommendations',
      payload: recommendationBody({ reportRef: REPORT_REF, status }),
    });
    expect(rec.statusCode, rec.body).toBe(201);
    recommendationId = rec.json<RecommendationDetail>().id;

    const commitment = await planner.inject({
      method: 'POST',
      url: '/api/commitments',
      payload: {
        code: COMMITMENT,
        source: 'retreat',
        sourceName: 'Management retreat 2026',
        sourceYear: 2026,
        title: { en: 'Share one calendar of regional events' },
        sector: 'ITU-D',
        reach: 'external',
        horizon: 'short_term',
        pillar: 'strategic_partnership',
        dueDate: '2027-03-31',
        priorities: ['KAP-1'],
        kpis: [],
        risks: [],
        progress: { period: '2026-Q4', status: 'completed', note: NOTE },
      },
    });
    expect(commitment.statusCode, commitment.body).toBe(201);
    commitmentId = commitment.json<CommitmentDetail>().id;
  });

  it('leaves out the drafts in the JSON, whoever reads it (the author, an admin asking for drafts)', async () => {
    const published = await inJson(council);
    expect(published.seen).toEqual({ cell: null, top: false, overdue: false, commitment: null, note: false });
    expect((await inJson(planner)).registers).toEqual(published.registers);
    expect((await inJson(admin, '&include=unapproved')).registers).toEqual(published.registers);
  });

  it('leaves out the drafts in the workbook and the deck', async () => {
    const none = { risk: false, recommendation: false, commitment: 'No confirmed status' };
    expect(await inFiles(council)).toEqual({ xlsx: none, pptx: none });
    expect(await inFiles(planner)).toEqual({ xlsx: none, pptx: none });
  });

  it('shows them in the JSON once a reviewer of the unit confirms them', async () => {
    const confirm = async (url: string) => {
      const res = await reviewer.inject({ method: 'POST', url });
      expect(res.statusCode, res.body).toBe(200);
    };
    await confirm(`/api/risks/${riskId}/assessments/2026-Q3/confirm`);
    await confirm(`/api/recommendations/${recommendationId}/confirm`);
    await confirm(`/api/commitments/${commitmentId}/confirm`);
    const published = await inJson(council);
    expect(published.seen).toEqual({
      cell: [5, 5],
      top: true,
      overdue: true,
      commitment: 'completed',
      note: true,
    });
    expect((await inJson(admin, '&include=unapproved')).registers).toEqual(published.registers);
    const top = published.registers.risks.top.find((r) => r.code === RISK);
    expect(top).toMatchObject({ sector: { code: 'ITU-D' }, priorities: ['KAP-1'] });
    expect(top?.latest).toMatchObject({ state: 'confirmed', residual: { score: 25 } });
  });

  it('shows them in the workbook and the deck once confirmed', async () => {
    const shown = { risk: true, recommendation: true, commitment: 'Completed' };
    expect(await inFiles(council)).toEqual({ xlsx: shown, pptx: shown });
  });
});
