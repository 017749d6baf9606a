// The activities as a spreadsheet through the API, on the demo data: an export imports back as no change (XLSX
// and CSV); bad rows are named with reason and cell and nothing is written; a stale preview is refused; a
// file changing another unit's activities is refused whole; the Council may not export.
import {
  ACTIVITY_SHEET_HEADERS,
  type Activity,
  type ActivityImportPreview,
  type ActivityList,
  type Problem,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';

let ctx: TestContext;
let council: AppInstance;
let planner: AppInstance; // ITU-D: the activities of ITU-D and of the regional offices

beforeAll(async () => {
  ctx = await buildTestApp();
  council = await ctx.signIn('council', DEMO_PASSWORD);
  planner = await ctx.signIn('planner', DEMO_PASSWORD);
});
afterAll(async () => ctx.close());

type Header = (typeof ACTIVITY_SHEET_HEADERS)[number];
const file = (name: string, content: Buffer | string) => ({
  fileName: name,
  content: Buffer.from(content).toString('base64'),
});
const csv = (rows: string[][]) =>
  [ACTIVITY_SHEET_HEADERS.join(','), ...rows.map((r) => r.map((c) => `"${c}"`).join(','))].join('\r\n');
const row = (over: Partial<Record<Header, string>>) => ACTIVITY_SHEET_HEADERS.map((h) => over[h] ?? '');
const good = (over: Partial<Record<Header, string>> = {}) =>
  row({
    Code: 'ACT-SHEET-1',
    Kind: 'event',
    Unit: 'ITU-D',
    Region: 'AFR',
    Start: '2026-06-01',
    End: '2026-06-02',
    Themes: 'GEN, CN',
    'Other units': 'RO-EUR, GS',
    Partners: 'UNICEF; UN Women',
    'Title (en)': 'Girls in ICT camp',
    'Description (en)': 'Two days of coding',
    ...over,
  });
const all = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/api/activities' })).json<ActivityList>().items;
const byCode = async (code: string): Promise<Activity | undefined> =>
  (await all()).find((a) => a.code === code);
const preview = (app: AppInstance, payload: object) =>
  app.inject({ method: 'POST', url: '/api/activities/import/preview', payload });
const confirm = (app: AppInstance, payload: object, token: string) =>
  app.inject({ method: 'POST', url: '/api/activities/import', payload: { ...payload, token } });
const audits = async () => (await ctx.db.selectFrom('auditLog').select('id').execute()).length;

describe('activities export and import', () => {
  it('imports an export back as no change, in XLSX and CSV, and writes nothing on confirming it', async () => {
    const total = (await all()).length;
    expect(total).toBeGreaterThan(5);
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await planner.inject({
        method: 'GET',
        url: `/api/activities/export?format=${format}`,
      });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toContain(`activities.${format}`);
      const payload = file(`activities.${format}`, exported.rawPayload);
      const seen = (await preview(planner, payload)).json<ActivityImportPreview>();
      expect(seen.counts).toEqual({ new: 0, changed: 0, unchanged: total, invalid: 0 });
      const before = await audits();
      const done = await confirm(planner, payload, seen.token);
      expect(done.json()).toEqual({ created: 0, updated: 0, unchanged: total });
      expect(await audits()).toBe(before);
    }
  });

  it('refuses the export to the Council (403), who is told it may not edit', async () => {
    const list = await council.inject({ method: 'GET', url: '/api/activities' });
    expect(list.json<ActivityList>().mayEdit).toBe(false);
    const mine = await planner.inject({ method: 'GET', url: '/api/activities' });
    expect(mine.json<ActivityList>().mayEdit).toBe(true);
    const res = await council.inject({ method: 'GET', url: '/api/activities/export' });
    expect(res.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
  });

  it('names each bad row with its reason and cell, writes nothing until confirmed, and refuses a stale preview', async () => {
    const bad = [
      good({ Code: 'bad code!' }),
      good({ Code: 'ACT-SHEET-2', Kind: 'party' }),
      good({ Code: 'ACT-SHEET-3', Unit: 'ITU-X' }),
      good({ Code: 'ACT-SHEET-4', Region: 'MARS' }),
      good({ Code: 'ACT-SHEET-5', Start: '2026-02-30' }),
      good({ Code: 'ACT-SHEET-6', End: '2026-05-01' }),
      good({ Code: 'ACT-SHEET-7', Themes: 'GEN, NOPE' }),
      good({ Code: 'ACT-SHEET-8', 'Other units': 'ITU-D' }),
      good({ Code: 'ACT-SHEET-9', 'Title (en)': '' }),
      good({ 'Title (en)': 'Again' }),
    ];
    const badFile = file('activities.csv', csv([good(), ...bad]));
    const before = await audits();
    const seen = (await preview(planner, badFile)).json<ActivityImportPreview>();
    expect(seen.counts).toEqual({ new: 1, changed: 0, unchanged: 0, invalid: 10 });
    expect(seen.invalid.map((p) => [p.row, p.cell, p.code])).toEqual([
      [3, 'A3', 'code_invalid'],
      [4, 'B4', 'kind_unknown'],
      [5, 'C5', 'unit_unknown'],
      [6, 'D6', 'region_unknown'],
      [7, 'E7', 'date_invalid'],
      [8, 'F8', 'end_before_start'],
      [9, 'G9', 'theme_unknown'],
      [10, 'H10', 'participant_invalid'],
      [11, 'J11', 'title_missing'],
      [12, 'A12', 'activity_repeated'],
    ]);
    const refused = await confirm(planner, badFile, seen.token);
    expect(refused.json<Problem>()).toMatchObject({ status: 422, code: 'import_rows_invalid' });
    expect(await byCode('ACT-SHEET-1')).toBeUndefined();
    expect(await audits()).toBe(before);

    // a change to a demo activity of ITU-D and a new one
    const d05 = await byCode('ACT-D-05');
    if (!d05) throw new Error('ACT-D-05 is not in the demo data');
    const edited = good({
      Code: 'ACT-D-05',
      Kind: d05.kind,
      Unit: 'ITU-D',
      Region: d05.region ?? '',
      Start: d05.startDate,
      End: d05.endDate,
      Themes: 'RMS',
      'Other units': '',
      Partners: '',
      'Title (en)': 'Renamed by the sheet',
      'Description (en)': '',
    });
    const goodFile = file('activities.csv', csv([edited, good()]));
    const first = (await preview(planner, goodFile)).json<ActivityImportPreview>();
    expect(first.rows.map((r) => [r.activity, r.change])).toEqual([
      ['ACT-D-05', 'changed'],
      ['ACT-SHEET-1', 'new'],
    ]);
    // ACT-D-05 changes between preview and confirmation: the preview is stale
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/activities/${d05.id}`,
      payload: {
        code: d05.code,
        kind: d05.kind,
        unit: d05.unit,
        region: d05.region,
        startDate: d05.startDate,
        endDate: d05.endDate,
        texts: d05.texts,
        themes: d05.themes,
        partners: [...d05.partners, 'A new partner'],
        participants: d05.participants,
        version: d05.version,
      },
    });
    const stale = await confirm(planner, goodFile, first.token);
    expect(stale.json<Problem>()).toMatchObject({ status: 409, code: 'import_stale' });
    expect(await byCode('ACT-SHEET-1')).toBeUndefined();

    const again = (await preview(planner, goodFile)).json<ActivityImportPreview>();
    const done = await confirm(planner, goodFile, again.token);
    expect(done.json()).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await byCode('ACT-D-05')).toMatchObject({
      themes: ['RMS'],
      partners: [],
      participants: [],
      texts: { en: { title: 'Renamed by the sheet', description: null } },
    });
    expect(await byCode('ACT-SHEET-1')).toMatchObject({
      region: 'AFR',
      themes: ['CN', 'GEN'], // in the themes' order
      partners: ['UNICEF', 'UN Women'],
      participants: ['GS', 'RO-EUR'],
      texts: { en: { title: 'Girls in ICT camp', description: 'Two days of coding' } },
    });
    // the same file again is no change, though its themes and other units are not in the stored order
    const repeat = (await preview(planner, goodFile)).json<ActivityImportPreview>();
    expect(repeat.counts).toEqual({ new: 0, changed: 0, unchanged: 2, invalid: 0 });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('entity', '=', 'activity')
      .where('reason', '=', 'import')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses a partner with ";", which separates the partners in the sheet (400)', async () => {
    const d05 = await byCode('ACT-D-05');
    if (!d05) throw new Error('ACT-D-05 is not in the demo data');
    const res = await planner.inject({
      method: 'PUT',
      url: `/api/activities/${d05.id}`,
      payload: {
        code: d05.code,
        kind: d05.kind,
        unit: d05.unit,
        region: d05.region,
        startDate: d05.startDate,
        endDate: d05.endDate,
        texts: d05.texts,
        themes: d05.themes,
        partners: ['UNDP; UNICEF'],
        participants: d05.participants,
        version: d05.version,
      },
    });
    expect(res.statusCode).toBe(400);
    expect((await byCode('ACT-D-05'))?.partners).not.toContain('UNDP; UNICEF');
  });

  it("refuses a file that changes another unit's activity or moves one out of scope (403, naming the rows)", async () => {
    const gs = await byCode('ACT-GS-04');
    if (!gs) throw new Error('ACT-GS-04 is not in the demo data');
    const res = await preview(
      planner,
      file(
        'a.csv',
        csv([
          good({ Code: 'ACT-GS-04', Unit: 'GS', 'Other units': '', Start: gs.startDate, End: gs.endDate }),
          good({ Code: 'ACT-SHEET-GS', Unit: 'GS', 'Other units': '' }),
        ]),
      ),
    );
    expect(res.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
    expect(res.json<Problem>().detail).toContain('row 2 (ACT-GS-04)');
    expect(res.json<Problem>().detail).toContain('row 3 (ACT-SHEET-GS)');
    expect(await byCode('ACT-SHEET-GS')).toBeUndefined();
  });
});
