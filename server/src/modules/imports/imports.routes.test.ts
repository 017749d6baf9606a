// Template, export and import of a priority's quarter through the API: the preview lists every row's
// effect and every bad row with its reason and writes nothing; the confirmation writes the valid rows as
// drafts in one audited transaction, never touches approved values, and refuses a stale preview.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import type { AppInstance } from '../../app-instance.ts';
import { parseCsv } from './spreadsheet.ts';

let ctx: TestContext;
let planner: AppInstance;
let reviewer: AppInstance;
let council: AppInstance;
beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', 'rbm-demo');
  reviewer = await ctx.signIn('reviewer', 'rbm-demo');
  council = await ctx.signIn('council', 'rbm-demo');
});
afterAll(async () => ctx.close());

const HEADER = 'KPI code,KPI name,Period,Region,Value,Note';
const csvFile = (lines: string[], fileName = 'values.csv') => ({
  fileName,
  content: Buffer.from([HEADER, ...lines].join('\n')).toString('base64'),
});

async function preview(app: AppInstance, priority: string, period: string, body: object) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/entry/${priority}/${period}/import/preview`,
    payload: body,
  });
  return { status: res.statusCode, preview: res.json<ImportPreview>(), problem: res.json<Problem>() };
}

async function confirm(app: AppInstance, priority: string, period: string, body: object) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/entry/${priority}/${period}/import`,
    payload: body,
  });
  return { status: res.statusCode, result: res.json<ImportResult>(), problem: res.json<Problem>() };
}

async function counts() {
  const [values, audits] = await Promise.all([
    ctx.db
      .selectFrom('kpiValue')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { values: Number(values.n), audits: Number(audits.n) };
}

function storedValue(code: string, period: string, region: string | null = null) {
  return ctx.db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .leftJoin('region', 'region.id', 'kpiValue.regionId')
    .select(['kpiValue.id', 'kpiValue.value', 'kpiValue.note', 'kpiValue.state', 'kpiValue.version'])
    .where('kpi.code', '=', code)
    .where('kpiValue.period', '=', period)
    .where((eb) => (region === null ? eb('kpiValue.regionId', 'is', null) : eb('region.code', '=', region)))
    .executeTakeFirst();
}

describe('GET /api/entry/:priority/:period/template and /export', () => {
  it('gives a CSV template with one row per KPI and per region, pre-filled with the current values', async () => {
    const res = await planner.inject({ method: 'GET', url: '/api/entry/KAP-4/2026-Q3/template?format=csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="KAP-4-2026-Q3-template.csv"');
    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual(['KPI code', 'KPI name', 'Period', 'Region', 'Value', 'No data: reason', 'Note']);
    expect(rows.map((r) => `${r[0]} ${r[3]}`)).toEqual([
      'D4-K1 ',
      'D4-K2 ',
      'D4-K3 ',
      'D4-K4 ',
      ...['AFR', 'AMS', 'ARB', 'ASP', 'CIS', 'EUR'].map((region) => `D4-K4 ${region}`),
    ]);
    const stored = await storedValue('D4-K3', '2026-Q3');
    expect(rows[2]).toEqual(['D4-K3', expect.any(String), '2026-Q3', '', String(stored?.value), '', '']);
  });

  it('gives the XLSX template and the export as workbooks; the export carries state and target', async () => {
    const template = await planner.inject({ method: 'GET', url: '/api/entry/KAP-4/2026-Q3/template' });
    expect(template.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.rowCount).toBe(11);

    const exported = await reviewer.inject({
      method: 'GET',
      url: '/api/entry/KAP-1/2026-Q3/export?format=csv',
    });
    expect(exported.statusCode).toBe(200);
    const [header, first] = parseCsv(exported.body);
    expect(header).toEqual([
      'KPI code',
      'KPI name',
      'Period',
      'Region',
      'Value',
      'No data: reason',
      'Note',
      'Evidence',
      'Unit',
      'Baseline',
      'Target',
      'State',
    ]);
    expect(first?.[0]).toBe('D1-K1');
    expect(first?.[2]).toBe('2026-Q3');
    expect(first?.[11]).toBe('Submitted');
    expect(Number(first?.[10])).toBeGreaterThan(0);
    const xlsx = await planner.inject({ method: 'GET', url: '/api/entry/KAP-1/2026-Q3/export?format=xlsx' });
    expect(xlsx.headers['content-disposition']).toContain('KAP-1-2026-Q3-values.xlsx');
  });

  it('refuses the Council, priorities out of scope, reviewers for the template, and bad quarters', async () => {
    expect((await council.inject({ method: 'GET', url: '/api/entry/KAP-4/2026-Q3/export' })).statusCode).toBe(
      403,
    );
    expect((await planner.inject({ method: 'GET', url: '/api/entry/R-SPA/2026-Q3/export' })).statusCode).toBe(
      403,
    );
    expect(
      (await reviewer.inject({ method: 'GET', url: '/api/entry/KAP-4/2026-Q3/template' })).statusCode,
    ).toBe(403);
    expect(
      (await planner.inject({ method: 'GET', url: '/api/entry/KAP-9/2026-Q3/template' })).statusCode,
    ).toBe(404);
    const future = await planner.inject({ method: 'GET', url: '/api/entry/KAP-4/2027-Q1/template' });
    expect(future.json<Problem>().code).toBe('period_not_complete');
    expect(
      (await planner.inject({ method: 'GET', url: '/api/entry/KAP-4/2026-Q3/template?format=pdf' }))
        .statusCode,
    ).toBe(400);
  });
});

describe('POST /api/entry/:priority/:period/import/preview', () => {
  it('marks rows new, changed, unchanged and lists every bad row with its reason, writing nothing', async () => {
    const k3 = await storedValue('D4-K3', '2026-Q3');
    const afr = await storedValue('D4-K4', '2026-Q3', 'AFR');
    await ctx.db
      .deleteFrom('kpiValue')
      .where('id', '=', afr?.id ?? 0)
      .execute();
    const before = await counts();
    const file = csvFile([
      `D4-K3,New partnerships,2026-Q3,,${k3?.value},`, // 2 unchanged
      `D4-K3,New partnerships,2026-Q3,,${k3?.value},`, // 3 duplicate
      'D4-K4,Regional initiatives,2026-Q3,AFR,15,"Counted by the office, in June"', // 4 new
      'D4-K2,P2C pledges,2026-Q3,,70.5,', // 5 changed
      'D9-K9,Unknown,2026-Q3,,1,', // 6 unknown KPI
      'D1-K1,Not ours,2026-Q3,,1,', // 7 another priority's KPI
      'D4-K1,Resources,2026-Q2,,1,', // 8 wrong period
      'D4-K4,Regional,2026-Q3,XYZ,1,', // 9 unknown region
      'D4-K1,Resources,2026-Q3,AFR,1,', // 10 region on a KPI without regions
      'D4-K1,Resources,2026-Q3,,lots,', // 11 not a number
      'D4-K2,P2C pledges,2026-Q3,ASP,101,', // 12 region not allowed comes first
      'D4-K4,Regional,2026-Q3,AMS,2.5,', // 13 count not whole
      'D4-K4,Regional,2026-Q3,CIS,,', // 14 no value: left alone
      '', // blank line
    ]);
    const res = await preview(planner, 'KAP-4', '2026-Q3', file);
    expect(res.status).toBe(200);
    expect(res.preview.counts).toEqual({ rows: 13, new: 1, changed: 1, unchanged: 1, invalid: 9, empty: 1 });
    expect(res.preview.rows.map((r) => [r.row, r.change])).toEqual([
      [2, 'unchanged'],
      [4, 'new'],
      [5, 'changed'],
    ]);
    expect(res.preview.rows[1]).toMatchObject({
      region: 'AFR',
      value: 15,
      note: 'Counted by the office, in June',
    });
    expect(res.preview.invalid.map((p) => [p.row, p.code])).toEqual([
      [3, 'duplicate_row'],
      [6, 'kpi_unknown'],
      [7, 'kpi_not_in_priority'],
      [8, 'period_mismatch'],
      [9, 'region_unknown'],
      [10, 'region_not_allowed'],
      [11, 'value_not_number'],
      [12, 'region_not_allowed'],
      [13, 'count_not_integer'],
    ]);
    expect(res.preview.token).toMatch(/^[\w-]{20,}$/);
    expect(await counts()).toEqual(before);
  });

  it('checks values with the unit rules and marks approved and submitted quarters as locked', async () => {
    const percent = await preview(planner, 'KAP-4', '2026-Q3', csvFile(['D4-K2,P2C,2026-Q3,,120,']));
    expect(percent.preview.invalid[0]?.code).toBe('percent_out_of_range');
    const approved = await storedValue('D5-K1', '2026-Q2');
    const locked = await preview(
      planner,
      'KAP-5',
      '2026-Q2',
      csvFile([`D5-K1,x,2026-Q2,,${approved?.value},`, 'D5-K1,x,2026-Q2,,1,']),
    );
    expect(locked.preview.rows.map((r) => r.change)).toEqual(['unchanged']);
    expect(locked.preview.invalid.map((p) => p.code)).toEqual(['duplicate_row']);
    const changed = await preview(planner, 'KAP-5', '2026-Q2', csvFile(['D5-K1,x,2026-Q2,,1,']));
    expect(changed.preview.invalid.map((p) => p.code)).toEqual(['value_locked']);
    const submitted = await preview(
      planner,
      'KAP-3',
      '2026-Q3',
      csvFile(['D3-K3,x,2026-Q3,,1,', 'D3-K1,annual KPI,2026-Q3,,1,']),
    );
    expect(submitted.preview.invalid.map((p) => p.code)).toEqual([
      'quarter_submitted',
      'period_not_reporting_quarter',
    ]);
  });

  it('reads XLSX files, numbers as numbers and text alike', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Values');
    sheet.addRow(['Value', 'Period', 'KPI code', 'Note']);
    sheet.addRow([42, '2026-Q3', 'D4-K3', 'From the workbook']);
    sheet.addRow(['7,5', '2026-Q3', 'D4-K2', null]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await preview(planner, 'KAP-4', '2026-Q3', { fileName: 'Values.XLSX', content });
    expect(res.status).toBe(200);
    expect(res.preview.format).toBe('xlsx');
    expect(res.preview.rows.map((r) => [r.kpiCode, r.value, r.note])).toEqual([
      ['D4-K3', 42, 'From the workbook'],
      ['D4-K2', 7.5, null],
    ]);
  });

  it('refuses bad files with 400 (or 413) and an actionable message', async () => {
    const bad = async (body: object, status: number, code: string) => {
      const res = await preview(planner, 'KAP-4', '2026-Q3', body);
      expect([res.status, res.problem.code]).toEqual([status, code]);
      expect(res.problem.detail.length).toBeGreaterThan(10);
    };
    const text = (s: string) => Buffer.from(s).toString('base64');
    await bad({ fileName: 'values.pdf', content: text('%PDF-1.4') }, 400, 'file_type_unsupported');
    await bad({ fileName: 'values.csv', content: text('PK\u0003\u0004zip') }, 400, 'file_type_unsupported');
    await bad(
      { fileName: 'values.xlsx', content: text('PK\u0003\u0004 not really a zip') },
      400,
      'file_unreadable',
    );
    await bad({ fileName: 'values.csv', content: '' }, 400, 'file_empty');
    await bad({ fileName: 'values.csv', content: text(`${HEADER}\n\n`) }, 400, 'file_empty');
    await bad(
      { fileName: 'values.csv', content: text('Code;Quarter;Amount\nD4-K3;2026-Q3;4') },
      400,
      'headers_missing',
    );
    await bad({ fileName: 'values.csv', content: 'not base64!' }, 400, 'file_not_base64');
    await bad({ fileName: 'values.csv', content: 'A'.repeat(7_100_000) }, 413, 'file_too_large');
    await bad({ fileName: 'values.csv' }, 400, 'validation_failed');
  });

  it('refuses the Council, reviewers and other priorities', async () => {
    const file = csvFile(['D4-K3,x,2026-Q3,,1,']);
    expect((await preview(council, 'KAP-4', '2026-Q3', file)).status).toBe(403);
    expect((await preview(reviewer, 'KAP-4', '2026-Q3', file)).status).toBe(403);
    expect((await preview(planner, 'R-SPA', '2026-Q3', file)).problem.code).toBe('out_of_scope');
  });
});

describe('POST /api/entry/:priority/:period/import', () => {
  it('writes the valid rows as drafts in one audited transaction, skipping bad and unchanged rows', async () => {
    const k1 = await storedValue('D4-K1', '2026-Q3');
    const file = csvFile([
      'D4-K1,x,2026-Q3,,6100000,Imported',
      'D4-K4,x,2026-Q3,EUR,16,',
      'D4-K4,x,2026-Q3,EUR,17,', // duplicate: skipped
      'D4-K1,x,2026-Q3,,abc,', // bad: skipped
    ]);
    const { preview: seen } = await preview(planner, 'KAP-4', '2026-Q3', file);
    expect(seen.counts).toMatchObject({ changed: 2, invalid: 2 });
    const before = await counts();
    const res = await confirm(planner, 'KAP-4', '2026-Q3', { ...file, token: seen.token });
    expect(res.status).toBe(200);
    expect(res.result).toEqual({
      priority: 'KAP-4',
      period: '2026-Q3',
      created: 0,
      updated: 2,
      unchanged: 0,
      invalid: 2,
    });
    expect(await storedValue('D4-K1', '2026-Q3')).toMatchObject({
      value: 6100000,
      note: 'Imported',
      state: 'draft',
      version: (k1?.version ?? 0) + 1,
    });
    expect(await storedValue('D4-K4', '2026-Q3', 'EUR')).toMatchObject({ value: 16, state: 'draft' });
    const after = await counts();
    expect(after).toEqual({ values: before.values, audits: before.audits + 2 });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'kpi_value')
      .where('entityId', '=', String(k1?.id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'import',
      actor: 'planner',
      reason: 'Imported from values.csv, row 2',
    });
    expect(JSON.parse(audit.afterJson ?? '{}')).toMatchObject({ value: 6100000, state: 'draft' });
    // The same confirmation again is stale: the values it was previewed against have changed.
    const again = await confirm(planner, 'KAP-4', '2026-Q3', { ...file, token: seen.token });
    expect([again.status, again.problem.code]).toEqual([409, 'import_stale']);
  });

  it('refuses a stale preview (another file, or values changed since) and writes nothing', async () => {
    const file = csvFile(['D4-K3,x,2026-Q3,,99,']);
    const { preview: seen } = await preview(planner, 'KAP-4', '2026-Q3', file);
    const other = csvFile(['D4-K3,x,2026-Q3,,98,']);
    expect((await confirm(planner, 'KAP-4', '2026-Q3', { ...other, token: seen.token })).problem.code).toBe(
      'import_stale',
    );
    const k3 = await storedValue('D4-K3', '2026-Q3');
    await ctx.db
      .updateTable('kpiValue')
      .set({ version: (k3?.version ?? 0) + 1 })
      .where('id', '=', k3?.id ?? 0)
      .execute();
    const before = await counts();
    const stale = await confirm(planner, 'KAP-4', '2026-Q3', { ...file, token: seen.token });
    expect([stale.status, stale.problem.code]).toEqual([409, 'import_stale']);
    expect(await counts()).toEqual(before);
    expect((await storedValue('D4-K3', '2026-Q3'))?.value).toBe(k3?.value);
  });

  it('creates missing values and never touches approved ones', async () => {
    const approved = await storedValue('D5-K1', '2026-Q2');
    await ctx.db
      .deleteFrom('kpiValue')
      .where('id', '=', (await storedValue('D4-K4', '2026-Q3', 'ARB'))?.id ?? 0)
      .execute();
    const file = csvFile(['D4-K4,x,2026-Q3,ARB,4,New', 'D5-K1,x,2026-Q3,,1,']);
    const { preview: seen } = await preview(planner, 'KAP-4', '2026-Q3', file);
    const res = await confirm(planner, 'KAP-4', '2026-Q3', { ...file, token: seen.token });
    expect(res.result).toMatchObject({ created: 1, updated: 0, invalid: 1 });
    expect(await storedValue('D4-K4', '2026-Q3', 'ARB')).toMatchObject({
      value: 4,
      note: 'New',
      state: 'draft',
      version: 1,
    });
    const lockedFile = csvFile(['D5-K1,x,2026-Q2,,1,']);
    const locked = await preview(planner, 'KAP-5', '2026-Q2', lockedFile);
    const none = await confirm(planner, 'KAP-5', '2026-Q2', { ...lockedFile, token: locked.preview.token });
    expect(none.result).toMatchObject({ created: 0, updated: 0, invalid: 1 });
    expect(await storedValue('D5-K1', '2026-Q2')).toEqual(approved);
  });

  it('needs the token and the same permissions as the preview', async () => {
    const file = csvFile(['D4-K3,x,2026-Q3,,5,']);
    expect((await confirm(planner, 'KAP-4', '2026-Q3', file)).status).toBe(400);
    expect((await confirm(reviewer, 'KAP-4', '2026-Q3', { ...file, token: 'x' })).status).toBe(403);
  });
});
