// The MoU sheet's round trip: the export imports back with no change; an edited file is previewed (new,
// changed, each bad row named with its reason and cell) without writing, refused while a row is bad or once
// the MoUs changed since the preview, and written in one audited transaction as drafts the Council does not
// see until a reviewer confirms them; scope per row.
import type { Mou, MouImportPreview, MouImportResult, MouList, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

let ctx: TestContext;
let planner: AppInstance; // ITU-D
let reviewer: AppInstance; // ITU-D
let council: AppInstance;
let otherPlanner: AppInstance; // R-TER only

beforeAll(async () => {
  ctx = await buildTestApp();
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
  reviewer = await ctx.signIn('reviewer', DEMO_PASSWORD);
  council = await ctx.signIn('council', DEMO_PASSWORD);
  const password = 'another-scope-pass';
  await createUser(ctx.db, { username: 'rter-planner', role: 'planner', password, priorities: ['R-TER'] });
  otherPlanner = await ctx.signIn('rter-planner', password);
});
afterAll(async () => ctx.close());

async function exportLines(app: AppInstance): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url: '/api/mous/export?format=csv' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toContain('SP-2024-2027-mous.csv');
  return res.body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r\n/);
}
const file = (csv: string) => ({
  fileName: 'mous.csv',
  content: Buffer.from(csv, 'utf8').toString('base64'),
});
const preview = (app: AppInstance, csv: string) =>
  app.inject({ method: 'POST', url: '/api/mous/import/preview', payload: file(csv) });
const confirm = (app: AppInstance, csv: string, token: string) =>
  app.inject({ method: 'POST', url: '/api/mous/import', payload: { ...file(csv), token } });
const snapshot = async () => ({
  mous: await ctx.db.selectFrom('mou').selectAll().orderBy('id').execute(),
  priorities: await ctx.db.selectFrom('mouPriority').selectAll().orderBy('mouId').execute(),
  themes: await ctx.db.selectFrom('mouTheme').selectAll().orderBy('mouId').execute(),
  audit: (await ctx.db.selectFrom('auditLog').select('id').execute()).length,
});
const row = (cells: Record<number, string>) => {
  const base = [
    'MOU-IMP-1',
    'Imported partner',
    'letter_of_intent',
    '2026-06-01',
    '2029-05-31',
    '50000',
    'USD',
    'Shared training',
    'active',
    'ITU-D',
    'AFR',
    'KAP-1',
    'CN',
  ];
  for (const [i, v] of Object.entries(cells)) base[Number(i)] = v;
  return base.join(',');
};
/** A confirmed ITU-D MoU without a change awaiting its reviewer. */
const itudMou = async () =>
  ctx.db
    .selectFrom('mou')
    .innerJoin('sector', 'sector.id', 'mou.sectorId')
    .select(['mou.id', 'mou.code', 'mou.partner'])
    .where('sector.code', '=', 'ITU-D')
    .where('mou.state', '=', 'confirmed')
    .orderBy('mou.id')
    .executeTakeFirstOrThrow();

describe('the MoUs as a spreadsheet', () => {
  it('imports its own export (XLSX and CSV) back with no change', async () => {
    const before = await snapshot();
    const lines = await exportLines(planner);
    expect(lines[0]).toBe(
      'Code,Partner,Type,Signed date,Expiry date,Amount,Currency,Strategic implications,Status,Owner unit,Region,Priorities,Themes',
    );
    const visible = (await planner.inject({ method: 'GET', url: '/api/mous' })).json<MouList>().items;
    expect(lines).toHaveLength(visible.length + 1);
    const p = (await preview(planner, lines.join('\r\n'))).json<MouImportPreview>();
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: visible.length, invalid: 0 });
    const done = await confirm(planner, lines.join('\r\n'), p.token);
    expect(done.json<MouImportResult>()).toMatchObject({ created: 0, updated: 0, unchanged: visible.length });
    const xlsx = await planner.inject({ method: 'GET', url: '/api/mous/export' });
    const xp = await planner.inject({
      method: 'POST',
      url: '/api/mous/import/preview',
      payload: { fileName: 'mous.xlsx', content: xlsx.rawPayload.toString('base64') },
    });
    expect(xp.json<MouImportPreview>().counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: visible.length,
      invalid: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names every bad row with its reason and cell and writes nothing, even when confirmed', async () => {
    const before = await snapshot();
    const lines = await exportLines(planner);
    const n = lines.length;
    const csv = [
      ...lines,
      row({}),
      row({ 0: 'bad code!' }),
      row({ 0: 'MOU-IMP-A', 9: 'ITU-X' }),
      row({ 0: 'MOU-IMP-B', 3: '2026-02-30' }),
      row({ 0: 'MOU-IMP-C', 6: '' }),
      row({ 0: 'MOU-IMP-D', 10: 'MARS' }),
      row({ 0: 'MOU-IMP-E', 2: 'handshake' }),
      row({ 0: 'MOU-IMP-F', 12: 'ZZZ' }),
      row({ 0: 'MOU-IMP-G', 5: 'lots' }),
      row({ 1: 'Again' }),
    ].join('\r\n');
    const p = (await preview(planner, csv)).json<MouImportPreview>();
    expect(p.counts).toEqual({ new: 1, changed: 0, unchanged: n - 1, invalid: 9 });
    expect(p.invalid.map((i) => [i.row - n, i.code, i.column])).toEqual([
      [2, 'code_invalid', 'Code'],
      [3, 'sector_unknown', 'Owner unit'],
      [4, 'date_invalid', 'Signed date'],
      [5, 'amount_without_currency', 'Currency'],
      [6, 'region_unknown', 'Region'],
      [7, 'choice_unknown', 'Type'],
      [8, 'link_unknown', 'Themes'],
      [9, 'amount_invalid', 'Amount'],
      [10, 'code_repeated', 'Code'],
    ]);
    expect(p.invalid[2]?.message).toContain('2026-02-30');
    const refused = await confirm(planner, csv, p.token);
    expect(refused.json<Problem>()).toMatchObject({ status: 422, code: 'import_rows_invalid' });
    expect(await snapshot()).toEqual(before);
  });

  it('writes drafts in one audited transaction, refuses a stale preview; the Council sees the confirmed', async () => {
    const target = await itudMou();
    const lines = await exportLines(planner);
    const changed = lines.map((l) =>
      l.startsWith(`${target.code},`) ? l.replace(target.partner, 'Renamed partner') : l,
    );
    const csv = [...changed, row({})].join('\r\n');
    const p = (await preview(planner, csv)).json<MouImportPreview>();
    expect(p.counts).toMatchObject({ new: 1, changed: 1, invalid: 0 });
    expect(p.rows.filter((r) => r.change !== 'unchanged').map((r) => [r.code, r.change])).toEqual([
      [target.code, 'changed'],
      ['MOU-IMP-1', 'new'],
    ]);
    // someone changes a MoU in between: the preview is stale
    await ctx.db.updateTable('mou').set({ version: 7 }).where('id', '=', target.id).execute();
    expect((await confirm(planner, csv, p.token)).json<Problem>()).toMatchObject({
      status: 409,
      code: 'import_stale',
    });
    const fresh = (await preview(planner, csv)).json<MouImportPreview>();
    const done = await confirm(planner, csv, fresh.token);
    expect(done.json<MouImportResult>()).toMatchObject({ created: 1, updated: 1 });
    const audits = await ctx.db.selectFrom('auditLog').selectAll().where('reason', '=', 'import').execute();
    expect(audits.map((a) => [a.entity, a.action])).toEqual([
      ['mou', 'update'],
      ['mou', 'create'],
    ]);
    expect(JSON.parse(audits[0]?.beforeJson ?? '{}')).toMatchObject({ partner: target.partner });
    // both are drafts: the Council reads the MoU as last confirmed and not the new one, nor in the export
    const mine = (await planner.inject({ method: 'GET', url: `/api/mous/${target.id}` })).json<Mou>();
    expect(mine).toMatchObject({ partner: 'Renamed partner', state: 'draft' });
    const seen = (await council.inject({ method: 'GET', url: `/api/mous/${target.id}` })).json<Mou>();
    expect(seen).toMatchObject({ partner: target.partner, state: 'confirmed' });
    const councilLines = await exportLines(council);
    expect(councilLines.join('\n')).not.toContain('Renamed partner');
    expect(councilLines.join('\n')).not.toContain('MOU-IMP-1');
    expect(councilLines.find((l) => l.startsWith(`${target.code},`))).toContain(target.partner);
    await reviewer.inject({ method: 'POST', url: `/api/mous/${target.id}/confirm` });
    expect((await exportLines(council)).join('\n')).toContain('Renamed partner');
  });

  it('refuses a change to another unit’s MoU, naming the row, but reads its unchanged rows', async () => {
    const target = await itudMou();
    const lines = await exportLines(otherPlanner);
    const p = await preview(otherPlanner, lines.join('\r\n'));
    expect(p.statusCode).toBe(200);
    const edited = lines.map((l) =>
      l.startsWith(`${target.code},`) ? l.replace(`,${target.partner},`, ',Another partner,') : l,
    );
    expect(edited).not.toEqual(lines);
    const refused = await preview(otherPlanner, edited.join('\r\n'));
    expect(refused.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
    expect(refused.json<Problem>().detail).toContain(`(${target.code})`);
    expect((await preview(council, lines.join('\r\n'))).statusCode).toBe(403);
  });
});
