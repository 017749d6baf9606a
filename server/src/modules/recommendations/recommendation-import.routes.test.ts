// The compliance dashboard's spreadsheet round trip: the export imports back with no change; bad rows are
// named in the preview with their reason and cell and nothing is written; a stale preview is refused; a
// good file is written in one audited transaction, a changed state proposed as a draft; scope per row.
import type {
  Problem,
  RecommendationDetail,
  RecommendationImportPreview,
  RecommendationImportResult,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { signInUnitUsers } from '../../../test/unit-users.ts';
import { parseCsv, writeTable, type Table } from '../imports/spreadsheet.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
let otherPlanner: AppInstance; // R-TER only

beforeAll(async () => {
  ctx = await buildTestApp();
  ({ planner, reviewer, council, otherPlanner } = await signInUnitUsers(ctx));
});
afterAll(async () => ctx.close());

async function exportTable(app: AppInstance): Promise<Table> {
  const res = await app.inject({ method: 'GET', url: '/api/recommendations/export?format=csv' });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toContain('SP-2024-2027-recommendations.csv');
  return parseCsv(res.body.replace(/^\uFEFF/, ''));
}
const csvOf = async (table: Table) =>
  (await writeTable('csv', 'Recommendations', table[0] as string[], table.slice(1))).body.toString('utf8');
const file = (csv: string) => ({
  fileName: 'recommendations.csv',
  content: Buffer.from(csv, 'utf8').toString('base64'),
});
const preview = (app: AppInstance, csv: string) =>
  app.inject({ method: 'POST', url: '/api/recommendations/import/preview', payload: file(csv) });
const confirm = (app: AppInstance, csv: string, token: string) =>
  app.inject({ method: 'POST', url: '/api/recommendations/import', payload: { ...file(csv), token } });
const snapshot = async () => ({
  recommendations: await ctx.db.selectFrom('recommendation').selectAll().orderBy('id').execute(),
  states: await ctx.db.selectFrom('recommendationState').selectAll().orderBy('id').execute(),
  kpis: await ctx.db
    .selectFrom('recommendationKpi')
    .selectAll()
    .orderBy('recommendationId')
    .orderBy('kpiId')
    .execute(),
  audit: (await ctx.db.selectFrom('auditLog').select('id').execute()).length,
});
const column = (table: Table, header: string) => (table[0] as string[]).indexOf(header);
const edit = (table: Table, row: number, header: string, value: string): Table =>
  table.map((cells, i) =>
    i === row ? cells.map((c, j) => (j === column(table, header) ? value : c)) : cells,
  );
/** The first exported row of a unit, by index in the table. */
const rowOf = (table: Table, unit: string) =>
  table.findIndex((cells, i) => i > 0 && cells[column(table, 'Responsible unit')] === unit);

describe('the compliance dashboard as a spreadsheet', () => {
  it('imports its own export (XLSX and CSV) back with no change', async () => {
    const before = await snapshot();
    const table = await exportTable(planner);
    const rows = table.length - 1;
    expect(rows).toBeGreaterThan(50);
    const csv = await csvOf(table);
    const p = (await preview(planner, csv)).json<RecommendationImportPreview>();
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: rows, invalid: 0 });
    const done = await confirm(planner, csv, p.token);
    expect(done.json<RecommendationImportResult>()).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: rows,
    });
    const xlsx = await planner.inject({ method: 'GET', url: '/api/recommendations/export' });
    const xlsxFile = { fileName: 'recommendations.xlsx', content: xlsx.rawPayload.toString('base64') };
    const xp = await planner.inject({
      method: 'POST',
      url: '/api/recommendations/import/preview',
      payload: xlsxFile,
    });
    expect(xp.json<RecommendationImportPreview>().counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: rows,
      invalid: 0,
    });
    const xdone = await planner.inject({
      method: 'POST',
      url: '/api/recommendations/import',
      payload: { ...xlsxFile, token: xp.json<RecommendationImportPreview>().token },
    });
    expect(xdone.json<RecommendationImportResult>()).toMatchObject({ unchanged: rows });
    expect(await snapshot()).toEqual(before);
  });

  it('names each bad row in the preview with its reason and cell, and writes nothing', async () => {
    const before = await snapshot();
    let table = await exportTable(planner);
    const first = rowOf(table, 'ITU-D');
    table = edit(table, first, 'Acceptance', 'maybe');
    table = edit(table, first, 'Target date', '2026-02-30');
    const good = table[first + 1] ?? [];
    const added = (over: Record<string, string>) =>
      (table[0] as string[]).map((h, j) => over[h] ?? String(good[j] ?? ''));
    table = [
      ...table,
      added({ Number: '901', KPIs: 'NOPE-K1', Evidence: 'not-a-link' }),
      added({ Number: '902', Body: 'nasa', 'Responsible unit': 'ITU-X' }),
    ];
    const csv = await csvOf(table);
    const res = await preview(planner, csv);
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<RecommendationImportPreview>();
    const n = table.length; // the header is row 1: the two added rows are rows n - 1 and n
    const letter = (h: string) => String.fromCharCode(65 + column(table, h));
    expect(p.invalid.map((i) => [i.row, i.cell, i.code])).toEqual([
      [first + 1, `${letter('Acceptance')}${first + 1}`, 'acceptance_unknown'],
      [first + 1, `${letter('Target date')}${first + 1}`, 'date_invalid'],
      [n - 1, `${letter('KPIs')}${n - 1}`, 'link_unknown'],
      [n - 1, `${letter('Evidence')}${n - 1}`, 'evidence_invalid'],
      [n, `${letter('Body')}${n}`, 'body_unknown'],
      [n, `${letter('Responsible unit')}${n}`, 'sector_unknown'],
    ]);
    expect(p.invalid[0]).toMatchObject({ column: 'Acceptance', message: expect.stringContaining('"maybe"') });
    expect(p.invalid[2]?.message).toContain('NOPE-K1');
    expect(p.counts.invalid).toBe(6);
    const refused = await confirm(planner, csv, p.token);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().code).toBe('import_rows_invalid');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses rows outside the scope and a stale preview, then writes a good file audited, the state a draft', async () => {
    const table = await exportTable(planner);
    const first = rowOf(table, 'ITU-D');
    const ref = (table[first] ?? [])[column(table, 'Report')] as string;
    const number = (table[first] ?? [])[column(table, 'Number')] as string;
    const current = (table[first] ?? [])[column(table, 'Implementation')];
    const next = current === 'in_progress' ? 'implemented' : 'in_progress';
    const added = (table[0] as string[]).map((h, j) =>
      h === 'Number' ? '950' : h === 'Report' ? 'IAU/2026/E2' : String((table[first] ?? [])[j] ?? ''),
    );
    const edited = [...edit(table, first, 'Implementation', next), added];
    const csv = await csvOf(edited);
    const outside = await preview(otherPlanner, csv);
    expect(outside.statusCode).toBe(403);
    expect(outside.json<Problem>()).toMatchObject({ code: 'out_of_scope' });
    expect(outside.json<Problem>().detail).toContain(`${ref} #${number}`);

    const p = (await preview(planner, csv)).json<RecommendationImportPreview>();
    expect(p.counts).toMatchObject({ new: 1, changed: 1, invalid: 0 });
    // the reviewer confirms a state after the preview: the confirmation is refused, nothing written
    const id = (
      await ctx.db
        .selectFrom('recommendation')
        .select('id')
        .where('reportRef', '=', ref)
        .where('number', '=', number)
        .executeTakeFirstOrThrow()
    ).id;
    const detail = (
      await planner.inject({ method: 'GET', url: `/api/recommendations/${id}` })
    ).json<RecommendationDetail>();
    const {
      history: _h,
      canEdit: _e,
      canConfirm: _c,
      plan: _p,
      id: _i,
      status,
      sector,
      overdue: _o,
      ...rest
    } = {
      ...detail,
      overdue: null,
    };
    const changedNote = await planner.inject({
      method: 'PUT',
      url: `/api/recommendations/${id}`,
      payload: {
        ...rest,
        sector: sector.code,
        status: {
          acceptance: status?.acceptance,
          implementation: status?.implementation,
          targetDate: status?.targetDate ?? null,
          evidence: status?.evidence ?? [],
          note: 'changed after the preview',
        },
      },
    });
    expect(changedNote.statusCode, changedNote.body).toBe(200);
    const before = await snapshot();
    const stale = await confirm(planner, csv, p.token);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>().code).toBe('import_stale');
    expect(await snapshot()).toEqual(before);

    const freshCsv = await csvOf([...edit(await exportTable(planner), first, 'Implementation', next), added]);
    const fresh = (await preview(planner, freshCsv)).json<RecommendationImportPreview>();
    expect(fresh.counts).toMatchObject({ new: 1, changed: 1, invalid: 0 });
    const done = await confirm(planner, freshCsv, fresh.token);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<RecommendationImportResult>()).toMatchObject({ created: 1, updated: 1 });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('id', '>', before.audit)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.entity, a.action, a.actor, a.reason])).toEqual([
      ['recommendation', 'update', 'planner', 'import'],
      ['recommendation', 'create', 'planner', 'import'],
    ]);
    const after = (
      await reviewer.inject({ method: 'GET', url: `/api/recommendations/${id}` })
    ).json<RecommendationDetail>();
    expect(after.status).toMatchObject({ implementation: next, state: 'draft' });
    // the Council still sees the confirmed state
    const seen = (
      await council.inject({ method: 'GET', url: `/api/recommendations/${id}` })
    ).json<RecommendationDetail>();
    expect(seen.status).toMatchObject({ implementation: current, state: 'confirmed' });
  });

  it('refuses a file without the sheet’s columns (400) and the Council (403)', async () => {
    const res = await preview(planner, 'Body,Report\r\njiu,x\r\n');
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().code).toBe('headers_missing');
    expect((await council.inject({ method: 'GET', url: '/api/recommendations/export' })).statusCode).toBe(
      403,
    );
  });
});
