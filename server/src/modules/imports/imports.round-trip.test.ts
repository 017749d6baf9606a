// The grid's own export imports back as it is: every row unchanged, in CSV and XLSX, a "no data" record
// included (its reason in the "No data: reason" column); and that column follows the value PUT's rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult, Problem } from '@rbm/shared/schemas';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import type { AppInstance } from '../../app-instance.ts';
import { parseCsv } from './spreadsheet.ts';

let ctx: TestContext;
let planner: AppInstance;
beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', 'rbm-demo');
});
afterAll(async () => ctx.close());

const BASE = '/api/entry/KAP-4/2026-Q3';
const REASON = 'Survey postponed, results due in January';

async function download(what: 'export' | 'template', format: 'csv' | 'xlsx') {
  const res = await planner.inject({ method: 'GET', url: `${BASE}/${what}?format=${format}` });
  expect(res.statusCode).toBe(200);
  return res.rawPayload;
}

async function preview(fileName: string, content: Buffer) {
  const res = await planner.inject({
    method: 'POST',
    url: `${BASE}/import/preview`,
    payload: { fileName, content: content.toString('base64') },
  });
  return { status: res.statusCode, preview: res.json<ImportPreview>(), problem: res.json<Problem>() };
}

function kpiValue(code: string) {
  return ctx.db
    .selectFrom('kpiValue')
    .innerJoin('kpi', 'kpi.id', 'kpiValue.kpiId')
    .select(['kpi.id as kpiId', 'kpiValue.value', 'kpiValue.noDataReason', 'kpiValue.version'])
    .where('kpi.code', '=', code)
    .where('kpiValue.period', '=', '2026-Q3')
    .where('kpiValue.regionId', 'is', null)
    .executeTakeFirstOrThrow();
}

/** Makes D4-K2 a "no data" record, as the grid does (PUT with no value and a reason). */
async function storeNoData() {
  const stored = await kpiValue('D4-K2');
  const res = await planner.inject({
    method: 'PUT',
    url: `/api/kpis/${stored.kpiId}/values/2026-Q3`,
    payload: { value: null, noDataReason: REASON, version: stored.version },
  });
  expect(res.statusCode).toBe(200);
}

describe('export -> import round trip', () => {
  beforeAll(storeNoData);

  it.each(['csv', 'xlsx'] as const)('imports the %s export back with every row unchanged', async (format) => {
    const file = await download('export', format);
    const res = await preview(`KAP-4-2026-Q3-values.${format}`, file);
    expect(res.status).toBe(200);
    const { counts } = res.preview;
    expect(counts.invalid).toBe(0);
    expect(counts.unchanged).toBe(counts.rows - counts.empty);
    expect(counts.unchanged).toBeGreaterThan(3);
    expect(res.preview.rows.every((r) => r.change === 'unchanged')).toBe(true);
    expect(res.preview.rows.find((r) => r.kpiCode === 'D4-K2' && r.region === null)).toMatchObject({
      value: null,
      noDataReason: REASON,
      change: 'unchanged',
    });
  });

  it('exports the no-data reason and the state as the grid names it', async () => {
    const [header, ...rows] = parseCsv((await download('export', 'csv')).toString('utf8'));
    const k2 = rows.find((r) => r[0] === 'D4-K2' && r[3] === '');
    expect(k2?.[header?.indexOf('Value') ?? -1]).toBe('');
    expect(k2?.[header?.indexOf('No data: reason') ?? -1]).toBe(REASON);
    expect(k2?.[header?.indexOf('State') ?? -1]).toBe('No data (draft)');
    expect(rows.map((r) => r[header?.indexOf('State') ?? -1])).not.toContain('draft');
  });

  it('imports the template back unchanged too, the reason included', async () => {
    const res = await preview('template.csv', await download('template', 'csv'));
    expect(res.preview.counts.invalid).toBe(0);
    expect(res.preview.rows.every((r) => r.change === 'unchanged')).toBe(true);
    expect(res.preview.rows.map((r) => r.noDataReason)).toContain(REASON);
  });
});

describe('the "No data: reason" column', () => {
  const csv = (lines: string[]) =>
    Buffer.from(['KPI code,Period,Region,Value,No data: reason,Note', ...lines].join('\n'));

  it('reads no value with a reason as a no-data record, a value beside a reason as the value', async () => {
    const k3 = await kpiValue('D4-K3');
    const res = await preview(
      'values.csv',
      csv([
        'D4-K3,2026-Q3,,,Office closed,', // 2 no value, a reason: no data
        'D4-K1,2026-Q3,,12,Ignored beside a value,', // 3 a value: the reason is dropped
        'D4-K4,2026-Q3,AFR,,,', // 4 neither: left alone
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.preview.counts).toMatchObject({ rows: 3, invalid: 0, empty: 1 });
    expect(res.preview.rows.map((r) => [r.row, r.value, r.noDataReason])).toEqual([
      [2, null, 'Office closed'],
      [3, 12, null],
    ]);
    expect(res.preview.rows[0]?.change).toBe('changed');
    // Nothing written by the preview.
    expect(await kpiValue('D4-K3')).toEqual(k3);

    const confirmed = await planner.inject({
      method: 'POST',
      url: `${BASE}/import`,
      payload: {
        fileName: 'values.csv',
        content: csv(['D4-K3,2026-Q3,,,Office closed,']).toString('base64'),
        token: (await preview('values.csv', csv(['D4-K3,2026-Q3,,,Office closed,']))).preview.token,
      },
    });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json<ImportResult>().updated).toBe(1);
    expect(await kpiValue('D4-K3')).toMatchObject({ value: null, noDataReason: 'Office closed' });
  });

  it('names a reason longer than the value PUT allows as a bad row', async () => {
    const res = await preview('values.csv', csv([`D4-K1,2026-Q3,,,${'x'.repeat(1001)},`]));
    expect(res.preview.invalid).toEqual([
      expect.objectContaining({ row: 2, kpiCode: 'D4-K1', code: 'text_too_long' }),
    ]);
  });
});
