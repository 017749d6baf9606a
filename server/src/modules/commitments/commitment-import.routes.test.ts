// The commitments sheet's round trip: the export imports back with no change; an edited file is previewed
// (new, changed, each bad row named) without writing, refused while a row is bad or once the commitments
// changed since the preview, and written in one audited transaction; scope per row.
import type { CommitmentImportPreview, CommitmentImportResult, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let otherPlanner: AppInstance; // R-TER only

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  const password = 'another-scope-pass';
  await createUser(ctx.db, { username: 'rter-planner', role: 'planner', password, priorities: ['R-TER'] });
  otherPlanner = await ctx.signIn('rter-planner', password);
});
afterAll(async () => ctx.close());

async function exportLines(): Promise<string[]> {
  const res = await ctx.app.inject({ method: 'GET', url: '/api/commitments/export?format=csv' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toContain('SP-2024-2027-commitments.csv');
  return res.body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r\n/);
}
const file = (csv: string) => ({
  fileName: 'commitments.csv',
  content: Buffer.from(csv, 'utf8').toString('base64'),
});
const preview = (app: AppInstance, csv: string) =>
  app.inject({ method: 'POST', url: '/api/commitments/import/preview', payload: file(csv) });
const confirm = (app: AppInstance, csv: string, token: string) =>
  app.inject({ method: 'POST', url: '/api/commitments/import', payload: { ...file(csv), token } });
const snapshot = async () => ({
  commitments: await ctx.db.selectFrom('commitment').selectAll().orderBy('id').execute(),
  links: await ctx.db.selectFrom('commitmentPriority').selectAll().orderBy('commitmentId').execute(),
  progress: await ctx.db.selectFrom('commitmentProgress').selectAll().orderBy('id').execute(),
  audit: (await ctx.db.selectFrom('auditLog').select('id').execute()).length,
});
const row = (cells: Record<number, string>) => {
  const base = [
    'RET26-9',
    'retreat',
    'Management retreat 2026',
    '2026',
    'A new commitment',
    '',
    '',
    '',
    '',
    '',
    'ITU-D',
    'internal',
    'short_term',
    'organisational_excellence',
    '2027-06-30',
    'KAP-1',
    'D1-K1',
    '',
  ];
  for (const [i, v] of Object.entries(cells)) base[Number(i)] = v;
  return base.join(',');
};

describe('the commitments as a spreadsheet', () => {
  it('imports its own export (XLSX and CSV) back with no change', async () => {
    const before = await snapshot();
    const csv = (await exportLines()).join('\r\n');
    const p = (await preview(ctx.app, csv)).json<CommitmentImportPreview>();
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: 15, invalid: 0 });
    const done = await confirm(ctx.app, csv, p.token);
    expect(done.json<CommitmentImportResult>()).toMatchObject({ created: 0, updated: 0, unchanged: 15 });
    const xlsx = await ctx.app.inject({ method: 'GET', url: '/api/commitments/export' });
    const xlsxFile = { fileName: 'commitments.xlsx', content: xlsx.rawPayload.toString('base64') };
    const xp = await ctx.app.inject({
      method: 'POST',
      url: '/api/commitments/import/preview',
      payload: xlsxFile,
    });
    expect(xp.json<CommitmentImportPreview>().counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 15,
      invalid: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names every bad row in the preview and writes nothing, even when confirmed', async () => {
    const before = await snapshot();
    const csv = [
      ...(await exportLines()),
      row({}),
      row({ 0: 'bad code!' }),
      row({ 0: 'RET26-A', 4: '' }),
      row({ 0: 'RET26-B', 1: 'meeting' }),
      row({ 0: 'RET26-C', 13: 'fun' }),
      row({ 0: 'RET26-D', 14: '2027-02-30' }),
      row({ 0: 'RET26-E', 10: 'ITU-X' }),
      row({ 0: 'RET26-F', 15: 'KAP-9' }),
      row({ 4: 'again' }),
    ].join('\r\n');
    const p = (await preview(planner, csv)).json<CommitmentImportPreview>();
    expect(p.counts).toEqual({ new: 1, changed: 0, unchanged: 15, invalid: 8 });
    expect(p.invalid.map((i) => [i.row, i.code])).toEqual([
      [18, 'code_invalid'],
      [19, 'title_missing'],
      [20, 'source_invalid'],
      [21, 'choice_unknown'],
      [22, 'date_invalid'],
      [23, 'sector_unknown'],
      [24, 'link_unknown'],
      [25, 'code_repeated'],
    ]);
    expect(p.invalid.find((i) => i.row === 24)?.message).toContain('KAP-9');
    const refused = await confirm(planner, csv, p.token);
    expect(refused.json<Problem>()).toMatchObject({ status: 422, code: 'import_rows_invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('writes a previewed file in one audited transaction, and refuses a stale preview', async () => {
    const lines = await exportLines();
    const changed = lines.map((l) => (l.startsWith('TR-4,') ? l.replace('2026-12-31', '2027-03-31') : l));
    const csv = [...changed, row({})].join('\r\n');
    const p = (await preview(planner, csv)).json<CommitmentImportPreview>();
    expect(p.counts).toEqual({ new: 1, changed: 1, unchanged: 15 - 1, invalid: 0 });
    expect(p.rows.filter((r) => r.change !== 'unchanged').map((r) => [r.code, r.change])).toEqual([
      ['TR-4', 'changed'],
      ['RET26-9', 'new'],
    ]);
    // someone changes a commitment in between: the preview is stale
    await ctx.db.updateTable('commitment').set({ version: 7 }).where('code', '=', 'TR-4').execute();
    expect((await confirm(planner, csv, p.token)).json<Problem>()).toMatchObject({
      status: 409,
      code: 'import_stale',
    });
    const fresh = (await preview(planner, csv)).json<CommitmentImportPreview>();
    const done = await confirm(planner, csv, fresh.token);
    expect(done.json<CommitmentImportResult>()).toEqual({
      plan: 'SP-2024-2027',
      created: 1,
      updated: 1,
      unchanged: 14,
    });
    const tr4 = await ctx.db
      .selectFrom('commitment')
      .selectAll()
      .where('code', '=', 'TR-4')
      .executeTakeFirstOrThrow();
    expect(tr4.dueDate).toBe('2027-03-31');
    const audits = await ctx.db.selectFrom('auditLog').selectAll().where('reason', '=', 'import').execute();
    expect(audits.map((a) => [a.entity, a.action])).toEqual([
      ['commitment', 'update'],
      ['commitment', 'create'],
    ]);
  });

  it('refuses a change to another unit’s commitment, naming the row, but reads its unchanged rows', async () => {
    const lines = await exportLines();
    const p = await preview(otherPlanner, lines.join('\r\n'));
    expect(p.statusCode).toBe(200);
    const edited = lines.map((l) => (l.startsWith('TR-4,') ? l.replace('2027-03-31', '2027-09-30') : l));
    const refused = await preview(otherPlanner, edited.join('\r\n'));
    expect(refused.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
    expect(refused.json<Problem>().detail).toContain('(TR-4)');
  });
});
