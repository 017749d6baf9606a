// The register's spreadsheet round trip: the export imports back with no change; an edited file is
// previewed (new, changed, each bad row named) without writing, refused while a row is bad or once the
// register changed since the preview, and written in one audited transaction; scope per row.
import type { Problem, RiskImportPreview, RiskImportResult } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { signInUnitUsers } from '../../../test/unit-users.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let otherPlanner: AppInstance; // R-TER only

let council: AppInstance;

beforeAll(async () => {
  ctx = await buildTestApp();
  ({ planner, otherPlanner, council } = await signInUnitUsers(ctx));
});
afterAll(async () => ctx.close());

async function exportCsv(): Promise<string> {
  const res = await ctx.app.inject({ method: 'GET', url: '/api/risks/export?format=csv' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toContain('SP-2024-2027-risks.csv');
  return res.body;
}
const file = (csv: string) => ({
  fileName: 'risks.csv',
  content: Buffer.from(csv, 'utf8').toString('base64'),
});
const preview = (app: AppInstance, csv: string) =>
  app.inject({ method: 'POST', url: '/api/risks/import/preview', payload: file(csv) });
const confirm = (app: AppInstance, csv: string, token: string) =>
  app.inject({ method: 'POST', url: '/api/risks/import', payload: { ...file(csv), token } });
const snapshot = async () => ({
  risks: await ctx.db.selectFrom('risk').selectAll().orderBy('id').execute(),
  kpis: await ctx.db.selectFrom('riskKpi').selectAll().orderBy('riskId').orderBy('kpiId').execute(),
  audit: (await ctx.db.selectFrom('auditLog').select('id').execute()).length,
});

describe('the register as a spreadsheet', () => {
  it('imports its own export (XLSX and CSV) back with no change', async () => {
    const before = await snapshot();
    const csv = await exportCsv();
    const res = await preview(ctx.app, csv);
    const p = res.json<RiskImportPreview>();
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: 25, invalid: 0 });
    const done = await confirm(ctx.app, csv, p.token);
    expect(done.json<RiskImportResult>()).toMatchObject({ created: 0, updated: 0, unchanged: 25 });
    const xlsx = await ctx.app.inject({ method: 'GET', url: '/api/risks/export' });
    const xlsxFile = { fileName: 'risks.xlsx', content: xlsx.rawPayload.toString('base64') };
    const xp = await ctx.app.inject({ method: 'POST', url: '/api/risks/import/preview', payload: xlsxFile });
    expect(xp.json<RiskImportPreview>().counts).toEqual({ new: 0, changed: 0, unchanged: 25, invalid: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('names every bad row in the preview and writes nothing, even when confirmed', async () => {
    const before = await snapshot();
    const lines = (await exportCsv())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r\n/);
    const csv = [
      ...lines,
      'RSK-NEW-1,A new risk,,financial,ITU-D,,mitigate,KAP-1,,D1-K1',
      'bad code!,x,,financial,ITU-D,,mitigate,,,',
      'RSK-NEW-2,,,financial,ITU-D,,mitigate,,,',
      'RSK-NEW-3,t,,weather,ITU-D,,mitigate,,,',
      'RSK-NEW-4,t,,financial,ITU-X,,mitigate,,,',
      'RSK-NEW-5,t,,financial,ITU-D,,mitigate,KAP-9,,NOPE',
      'RSK-NEW-1,again,,financial,ITU-D,,mitigate,,,',
    ].join('\r\n');
    const p = (await preview(planner, csv)).json<RiskImportPreview>();
    expect(p.invalid.map((i) => [i.row, i.code])).toEqual([
      [28, 'code_invalid'],
      [29, 'title_missing'],
      [30, 'category_unknown'],
      [31, 'sector_unknown'],
      [32, 'link_unknown'],
      [33, 'code_repeated'],
    ]);
    // the other units' rows, as exported, are no problem for the ITU-D planner
    expect(p.counts).toMatchObject({ new: 1, invalid: 6 });
    const refused = await confirm(planner, csv, p.token);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().code).toBe('import_rows_invalid');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses rows outside the scope and a stale preview, then writes a good file in one audited transaction', async () => {
    const lines = (await exportCsv())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split(/\r\n/);
    const itud = lines.filter((l, i) => i === 0 || l.includes(',ITU-D,'));
    const edited = itud.map((l) =>
      l.startsWith('RSK-D-02,') ? l.replace('Country data', 'National data') : l,
    );
    const csv = [...edited, 'RSK-NEW-9,A new ITU-D risk,,people,ITU-D,BDT,accept,KAP-2,,D2-K1'].join('\r\n');
    // another unit's planner may import the rows as exported, never change them (403 naming the rows)
    const unchanged = (await preview(otherPlanner, itud.join('\r\n'))).json<RiskImportPreview>();
    expect(unchanged.counts).toMatchObject({ unchanged: itud.length - 1, invalid: 0 });
    const outside = await preview(otherPlanner, csv);
    expect(outside.statusCode).toBe(403);
    expect(outside.json<Problem>()).toMatchObject({ code: 'out_of_scope' });
    expect(outside.json<Problem>().detail).toContain('RSK-D-02');
    expect(outside.json<Problem>().detail).toContain('RSK-NEW-9');
    expect((await confirm(otherPlanner, csv, 'any')).statusCode).toBe(403);

    const p = (await preview(planner, csv)).json<RiskImportPreview>();
    expect(p.counts).toEqual({ new: 1, changed: 1, unchanged: itud.length - 2, invalid: 0 });
    // someone edits RSK-D-02 after the preview: the confirmation is refused, nothing written
    const auditBefore = (await snapshot()).audit;
    await ctx.db.updateTable('risk').set({ version: 7 }).where('code', '=', 'RSK-D-02').execute();
    const stale = await confirm(planner, csv, p.token);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('import_stale');
    expect((await snapshot()).audit).toBe(auditBefore);

    const fresh = (await preview(planner, csv)).json<RiskImportPreview>();
    const done = await confirm(planner, csv, fresh.token);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<RiskImportResult>()).toMatchObject({ created: 1, updated: 1 });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('id', '>', auditBefore)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.entity, a.action, a.actor, a.reason])).toEqual([
      ['risk', 'update', 'planner', 'import'],
      ['risk', 'create', 'planner', 'import'],
    ]);
    const row = await ctx.db
      .selectFrom('risk')
      .select(['title', 'version'])
      .where('code', '=', 'RSK-D-02')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'National data for the connectivity indicators arrive late', version: 8 });
  });

  it('refuses a file without the register’s columns (400) and the Council (403)', async () => {
    const res = await preview(planner, 'Code,Title\r\nRSK-1,x\r\n');
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().code).toBe('headers_missing');
    expect((await council.inject({ method: 'GET', url: '/api/risks/export' })).statusCode).toBe(403);
  });
});
