// The resolution mapping through the API, on the demo data: read by everyone (the Council too) with filters;
// changed by administrators and the coordinators of a linked theme, checked and audited with before and
// after; exported as a spreadsheet and imported back with a preview that writes nothing.
import {
  RESOLUTION_SHEET_HEADERS,
  type Problem,
  type Resolution,
  type ResolutionImportPreview,
  type ResolutionList,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../../fixtures/demo-users.ts';
import type { AppInstance } from '../../app-instance.ts';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createUser } from '../../../test/factories.ts';

let ctx: TestContext;
let council: AppInstance;
let genCoordinator: AppInstance; // a viewer appointed coordinator of GEN only

beforeAll(async () => {
  ctx = await buildTestApp();
  council = await ctx.signIn('council', DEMO_PASSWORD);
  const password = 'gen-coordinator-pass';
  await createUser(ctx.db, { username: 'gen-coord', role: 'viewer', password });
  const res = await ctx.app.inject({
    method: 'PUT',
    url: '/api/themes/GEN/coordinator',
    payload: { username: 'gen-coord' },
  });
  expect(res.statusCode, res.body).toBe(200);
  genCoordinator = await ctx.signIn('gen-coord', password);
});
afterAll(async () => ctx.close());

const list = async (app: AppInstance, query = '') =>
  (await app.inject({ method: 'GET', url: `/api/resolutions${query}` })).json<ResolutionList>();
const find = async (conference: string, number: string) => {
  const item = (await list(ctx.app)).items.find((r) => r.conference === conference && r.number === number);
  if (!item) throw new Error(`${conference} ${number} is not in the demo mapping`);
  return item;
};
const bodyOf = (r: Resolution) => ({
  conference: r.conference,
  number: r.number,
  revision: r.revision,
  titles: r.titles,
  entities: r.entities,
  themes: r.themes,
  priorities: r.priorities.map((p) => p.code),
});
const file = (name: string, content: Buffer | string) => ({
  fileName: name,
  content: Buffer.from(content).toString('base64'),
});
const csv = (rows: string[][]) =>
  [RESOLUTION_SHEET_HEADERS.join(','), ...rows.map((r) => r.map((c) => `"${c}"`).join(','))].join('\r\n');
const row = (over: Partial<Record<(typeof RESOLUTION_SHEET_HEADERS)[number], string>>) =>
  RESOLUTION_SHEET_HEADERS.map((h) => over[h] ?? '');

describe('reading the mapping', () => {
  it('gives the Council every demo resolution, marked demo, with filters on conference, Sector and theme', async () => {
    const all = await list(council);
    expect(all.items).toHaveLength(30);
    expect(all.mayCreate).toBe(false);
    expect(all.items.every((r) => r.sourceStatus === 'demo' && !r.mayEdit)).toBe(true);
    // conferences in their usual order, numbers as numbers
    expect([...new Set(all.items.map((r) => r.conference))]).toEqual(['PP', 'WTDC', 'WTSA', 'RA', 'WRC']);
    const pp = await list(council, '?conference=PP');
    expect(pp.items.slice(0, 3).map((r) => r.number)).toEqual(['70', '123', '130']);
    expect(pp.items.every((r) => r.conference === 'PP')).toBe(true);
    const ppGs = await list(council, '?conference=PP&sector=GS');
    expect(ppGs.items.length).toBeLessThan(pp.items.length);
    expect(ppGs.items.every((r) => r.entities.GS !== undefined)).toBe(true);
    const gen = await list(council, '?theme=GEN');
    expect(gen.items.map((r) => `${r.conference} ${r.number}`)).toEqual(
      expect.arrayContaining(['PP 70', 'WTDC 55', 'WTSA 55']),
    );
    expect(gen.items.every((r) => r.themes.includes('GEN'))).toBe(true);
    const res191 = await find('PP', '191');
    const detail = await council.inject({ method: 'GET', url: `/api/resolutions/${res191.id}` });
    expect(detail.json<Resolution>()).toMatchObject({
      revision: 'Rev. Bucharest, 2022',
      entities: { 'ITU-T': 'TSAG' },
      priorities: [{ plan: 'SP-2024-2027', code: 'GS-ENB' }],
    });
    expect((await council.inject({ method: 'GET', url: '/api/resolutions/99999' })).statusCode).toBe(404);
    expect((await council.inject({ method: 'GET', url: '/api/resolutions?sector=XX' })).statusCode).toBe(400);
  });

  it('refuses the Council the export and every write (403)', async () => {
    expect((await council.inject({ method: 'GET', url: '/api/resolutions/export' })).statusCode).toBe(403);
    const r = await find('PP', '70');
    const put = await council.inject({
      method: 'PUT',
      url: `/api/resolutions/${r.id}`,
      payload: { ...bodyOf(r), version: r.version },
    });
    expect(put.statusCode).toBe(403);
  });
});

describe('changing the mapping', () => {
  it("lets a theme's coordinator change a linked resolution, audited with before and after", async () => {
    const r = await find('WTDC', '55');
    expect((await list(genCoordinator)).items.find((x) => x.id === r.id)?.mayEdit).toBe(true);
    const res = await genCoordinator.inject({
      method: 'PUT',
      url: `/api/resolutions/${r.id}`,
      payload: {
        ...bodyOf(r),
        entities: { ...r.entities, GS: 'Gender task force' },
        titles: { ...r.titles, fr: 'Intégration du principe de l’égalité hommes/femmes' },
        version: r.version,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Resolution>()).toMatchObject({
      entities: { GS: 'Gender task force', 'ITU-D': 'ITU-D SG1 Q7' },
      titles: { fr: 'Intégration du principe de l’égalité hommes/femmes' },
      version: r.version + 1,
      sourceStatus: 'demo',
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'resolution')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor: 'gen-coord', action: 'update', entityId: String(r.id) });
    expect(JSON.parse(audit.beforeJson ?? 'null')).not.toHaveProperty('entities.GS');
    expect(JSON.parse(audit.afterJson ?? 'null')).toHaveProperty('entities.GS', 'Gender task force');
    // the version loaded is checked
    const stale = await genCoordinator.inject({
      method: 'PUT',
      url: `/api/resolutions/${r.id}`,
      payload: { ...bodyOf(r), version: r.version },
    });
    expect(stale.json<Problem>()).toMatchObject({ status: 409, code: 'version_conflict' });
  });

  it("refuses a coordinator another theme's resolution, unlinking their own theme, or mapping outside it", async () => {
    const acc = await find('PP', '175');
    const other = await genCoordinator.inject({
      method: 'PUT',
      url: `/api/resolutions/${acc.id}`,
      payload: { ...bodyOf(acc), themes: ['ACC', 'GEN'], version: acc.version },
    });
    expect(other.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
    const gen = await find('WTSA', '55');
    const unlink = await genCoordinator.inject({
      method: 'PUT',
      url: `/api/resolutions/${gen.id}`,
      payload: { ...bodyOf(gen), themes: ['ACC'], version: gen.version },
    });
    expect(unlink.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
    const create = await genCoordinator.inject({
      method: 'POST',
      url: '/api/resolutions',
      payload: { ...bodyOf(gen), number: '999', themes: ['ENV'] },
    });
    expect(create.statusCode).toBe(403);
    expect((await find('WTSA', '55')).themes).toEqual(['GEN']);
  });

  it('maps a new resolution, refusing a taken number (409) and unknown themes and priorities (422, per field)', async () => {
    const body = {
      conference: 'other',
      number: 'WSIS-1',
      revision: null,
      titles: { en: 'A test resolution', ar: 'قرار تجريبي' },
      entities: { 'ITU-D': 'BDT' },
      themes: ['GEN'],
      priorities: ['KAP-5'],
    };
    const created = await genCoordinator.inject({ method: 'POST', url: '/api/resolutions', payload: body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<Resolution>()).toMatchObject({ sourceStatus: 'entered', mayEdit: true });
    const again = await ctx.app.inject({ method: 'POST', url: '/api/resolutions', payload: body });
    expect(again.json<Problem>()).toMatchObject({ status: 409, code: 'resolution_taken' });
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/resolutions',
      payload: { ...body, number: 'WSIS-2', themes: ['NOPE'], priorities: ['KAP-9'] },
    });
    expect(bad.json<Problem>()).toMatchObject({
      status: 422,
      code: 'resolution_invalid',
      errors: [
        { field: 'body.themes.0', code: 'unknown_theme' },
        { field: 'body.priorities.0', code: 'unknown_priority' },
      ],
    });
  });
});

describe('export and import', () => {
  it('imports an export back as no change, in XLSX and CSV, and writes nothing on confirming it', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await genCoordinator.inject({
        method: 'GET',
        url: `/api/resolutions/export?format=${format}`,
      });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toContain(`resolution-mapping.${format}`);
      const payload = file(`mapping.${format}`, exported.rawPayload);
      const preview = await genCoordinator.inject({
        method: 'POST',
        url: '/api/resolutions/import/preview',
        payload,
      });
      const total = (await list(ctx.app)).items.length;
      expect(preview.json<ResolutionImportPreview>().counts).toEqual({
        new: 0,
        changed: 0,
        unchanged: total,
        invalid: 0,
      });
      const audits = (await ctx.db.selectFrom('auditLog').select('id').execute()).length;
      const confirm = await genCoordinator.inject({
        method: 'POST',
        url: '/api/resolutions/import',
        payload: { ...payload, token: preview.json<ResolutionImportPreview>().token },
      });
      expect(confirm.json()).toEqual({ created: 0, updated: 0, unchanged: total });
      expect((await ctx.db.selectFrom('auditLog').select('id').execute()).length).toBe(audits);
    }
  });

  it('names each bad row with its reason and cell, writes nothing until confirmed, and refuses a stale preview', async () => {
    const pp70 = await find('PP', '70');
    const edited = row({
      Conference: 'PP',
      Number: '70',
      Revision: 'Rev. Bucharest, 2022',
      'Title (en)': pp70.titles.en,
      'ITU-D': 'ITU-D SG1 Q7',
      'General Secretariat': 'Gender focal point network',
      Themes: 'GEN',
      Priorities: 'KAP-5, GS-ENB',
    });
    const fresh = row({ Conference: 'WTDC', Number: '99', 'Title (en)': 'New one', Themes: 'GEN' });
    const bad = [
      row({ Conference: 'XYZ', Number: '1', 'Title (en)': 'x' }),
      row({ Conference: 'PP', Number: '71', Themes: 'GEN' }),
      row({ Conference: 'PP', Number: '72', 'Title (en)': 'x', Themes: 'GEN, NOPE' }),
      row({ Conference: 'PP', Number: '73', 'Title (en)': 'x', Themes: 'GEN', Priorities: 'KAP-9' }),
      row({ Conference: 'WTDC', Number: '99', 'Title (en)': 'again', Themes: 'GEN' }),
    ];
    const badFile = file('mapping.csv', csv([edited, fresh, ...bad]));
    const preview = (
      await genCoordinator.inject({
        method: 'POST',
        url: '/api/resolutions/import/preview',
        payload: badFile,
      })
    ).json<ResolutionImportPreview>();
    expect(preview.counts).toEqual({ new: 1, changed: 1, unchanged: 0, invalid: 5 });
    expect(preview.invalid.map((p) => [p.row, p.cell, p.code])).toEqual([
      [4, 'A4', 'conference_unknown'],
      [5, 'D5', 'title_missing'],
      [6, 'N6', 'theme_unknown'],
      [7, 'O7', 'priority_unknown'],
      [8, 'B8', 'resolution_repeated'],
    ]);
    const refused = await genCoordinator.inject({
      method: 'POST',
      url: '/api/resolutions/import',
      payload: { ...badFile, token: preview.token },
    });
    expect(refused.json<Problem>()).toMatchObject({ status: 422, code: 'import_rows_invalid' });
    expect((await find('PP', '70')).entities.GS).not.toBe('Gender focal point network');

    const goodFile = file('mapping.csv', csv([edited, fresh]));
    const good = (
      await genCoordinator.inject({
        method: 'POST',
        url: '/api/resolutions/import/preview',
        payload: goodFile,
      })
    ).json<ResolutionImportPreview>();
    expect(good.rows.map((r) => [r.resolution, r.change])).toEqual([
      ['PP 70', 'changed'],
      ['WTDC 99', 'new'],
    ]);
    // the mapping changes between preview and confirmation: the preview is stale
    const current = await find('PP', '70');
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/resolutions/${current.id}`,
      payload: { ...bodyOf(current), revision: 'Rev. Busan, 2014', version: current.version },
    });
    const stale = await genCoordinator.inject({
      method: 'POST',
      url: '/api/resolutions/import',
      payload: { ...goodFile, token: good.token },
    });
    expect(stale.json<Problem>()).toMatchObject({ status: 409, code: 'import_stale' });
    const again = (
      await genCoordinator.inject({
        method: 'POST',
        url: '/api/resolutions/import/preview',
        payload: goodFile,
      })
    ).json<ResolutionImportPreview>();
    const done = await genCoordinator.inject({
      method: 'POST',
      url: '/api/resolutions/import',
      payload: { ...goodFile, token: again.token },
    });
    expect(done.json()).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await find('PP', '70')).toMatchObject({
      revision: 'Rev. Bucharest, 2022',
      entities: { 'ITU-D': 'ITU-D SG1 Q7', GS: 'Gender focal point network' },
      priorities: [
        { plan: 'SP-2024-2027', code: 'KAP-5' },
        { plan: 'SP-2024-2027', code: 'GS-ENB' },
      ],
    });
    const audit = await ctx.db
      .selectFrom('auditLog')
      .selectAll()
      .where('entity', '=', 'resolution')
      .where('reason', '=', 'import')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it("refuses a coordinator's file that changes a resolution of another theme (403, naming the row)", async () => {
    const res = await genCoordinator.inject({
      method: 'POST',
      url: '/api/resolutions/import/preview',
      payload: file(
        'm.csv',
        csv([row({ Conference: 'PP', Number: '175', 'Title (en)': 'Changed', Themes: 'ACC' })]),
      ),
    });
    expect(res.json<Problem>()).toMatchObject({ status: 403, code: 'out_of_scope' });
    expect(res.json<Problem>().detail).toContain('row 2 (PP 175)');
  });
});
