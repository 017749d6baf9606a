// Authoring enablers (a plan's) and what every plan shares, organisational units (a tree), regions and
// intersectoral themes, item by item through the same routes as goals and priorities: create, edit, move,
// reorder, retire and restore, with the checks a person relies on (unique codes, no cycle, no retired parent,
// a unit in use stays), audited, and a framework export that still round-trips. SQLite and PostgreSQL.
import type {
  FrameworkDocument,
  FrameworkImportPreview,
  FrameworkItem,
  FrameworkItemHistory,
  FrameworkItemKind,
  FrameworkItemList,
  Problem,
} from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { readFrameworkWorkbook } from '../frameworks/framework-workbook-read.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp();
});
afterAll(async () => ctx.close());

const PLAN = 'SP-2024-2027'; // active
const CLOSED_PLAN = 'SP-2020-2023';

async function create(kind: FrameworkItemKind, body: Record<string, unknown>, plan = PLAN) {
  return ctx.app.inject({ method: 'POST', url: `/api/framework-items/${kind}`, payload: { plan, ...body } });
}

async function createOk(kind: FrameworkItemKind, body: Record<string, unknown>): Promise<FrameworkItem> {
  const res = await create(kind, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<FrameworkItem>();
}

async function read(item: { kind: FrameworkItemKind; id: number }): Promise<FrameworkItem> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/framework-items/${item.kind}/${item.id}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<FrameworkItem>();
}

async function patch(item: FrameworkItem, body: Record<string, unknown>) {
  return ctx.app.inject({
    method: 'PATCH',
    url: `/api/framework-items/${item.kind}/${item.id}`,
    payload: { version: item.version, ...body },
  });
}

async function act(item: FrameworkItem, action: 'retire' | 'restore' | 'reorder', body = {}) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/framework-items/${item.kind}/${item.id}/${action}`,
    payload: { version: item.version, ...body },
  });
}

async function listed(kind: FrameworkItemKind, plan = PLAN): Promise<FrameworkItem[]> {
  const res = await ctx.app.inject({ method: 'GET', url: `/api/framework-items?plan=${plan}` });
  expect(res.statusCode).toBe(200);
  return res.json<FrameworkItemList>().items.filter((i) => i.kind === kind);
}

async function history(item: FrameworkItem): Promise<FrameworkItemHistory['items']> {
  const res = await ctx.app.inject({
    method: 'GET',
    url: `/api/framework-items/${item.kind}/${item.id}/history`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<FrameworkItemHistory>().items;
}

async function unitByCode(code: string): Promise<FrameworkItem> {
  const unit = (await listed('unit')).find((u) => u.code === code);
  expect(unit, code).toBeDefined();
  return unit as FrameworkItem;
}

describe('organisational units', () => {
  it('adds a regional office under a Sector; the tree answers its parent and kind; audited', async () => {
    const office = await createOk('unit', {
      code: 'RO-TEST',
      name: 'Regional Office for Testing',
      unitKind: 'regional_office',
      parent: 'ITU-D',
      translations: { fr: { name: 'Bureau régional de test' } },
    });
    expect(office).toMatchObject({
      kind: 'unit',
      plan: null,
      parent: 'ITU-D',
      unitKind: 'regional_office',
      translations: { fr: { name: 'Bureau régional de test' } },
      retiredAt: null,
    });
    expect((await listed('unit', CLOSED_PLAN)).map((u) => u.code)).toContain('RO-TEST');
    // a regional office leads no priority: it gets no `sector` row
    const sector = await ctx.db.selectFrom('sector').select('id').where('code', '=', 'RO-TEST').execute();
    expect(sector).toEqual([]);
    expect((await history(office)).map((h) => h.action)).toEqual(['create']);
    const refused = await create('priority', { code: 'P-RO', name: 'x', leadUnit: 'RO-TEST' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<Problem>().errors?.[0]).toMatchObject({
      field: 'body.leadUnit',
      code: 'unknown_unit',
    });
  });

  it('makes a new top Sector usable as a lead unit; it is not retired while it leads a priority', async () => {
    const unit = await createOk('unit', {
      code: 'ITU-X',
      name: 'Experimental Sector',
      unitKind: 'sector',
      translations: { es: { name: 'Sector experimental' } },
    });
    expect(unit.parent).toBeNull();
    const sector = await ctx.db
      .selectFrom('sector')
      .select(['id', 'name'])
      .where('code', '=', 'ITU-X')
      .executeTakeFirstOrThrow();
    expect(sector.name).toBe('Experimental Sector');
    const priority = (
      await create('priority', { code: 'P-X', name: 'Led by X', leadUnit: 'ITU-X' })
    ).json<FrameworkItem>();
    expect(priority.leadUnit).toBe('ITU-X');

    // renaming the unit renames the Sector the priority shows
    const renamed = (await patch(unit, { name: 'Exploratory Sector' })).json<FrameworkItem>();
    const after = await ctx.db
      .selectFrom('sector')
      .select('name')
      .where('id', '=', sector.id)
      .executeTakeFirstOrThrow();
    expect(after.name).toBe('Exploratory Sector');

    const inUse = await act(renamed, 'retire');
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json<Problem>()).toMatchObject({ code: 'unit_in_use' });
    expect(inUse.json<Problem>().detail).toContain('P-X');

    expect((await act(priority, 'retire')).statusCode).toBe(200);
    const retired = await act(renamed, 'retire');
    expect(retired.statusCode, retired.body).toBe(200);
    const again = await create('priority', { code: 'P-X2', name: 'x', leadUnit: 'ITU-X' });
    expect(again.statusCode).toBe(422);
    expect(again.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.leadUnit', code: 'unit_retired' });
  });

  it('moves a unit under another, refuses cycles and retired parents, and keeps a parent with active units', async () => {
    const top = await createOk('unit', { code: 'T-TOP', name: 'Top', unitKind: 'department', parent: 'GS' });
    const child = await createOk('unit', {
      code: 'T-CHILD',
      name: 'Child',
      unitKind: 'division',
      parent: 'T-TOP',
    });

    const cycle = await patch(await read(top), { parent: 'T-CHILD' });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.parent', code: 'unit_cycle' });
    const self = await patch(await read(top), { parent: 'T-TOP' });
    expect(self.json<Problem>().errors?.[0]?.code).toBe('unit_cycle');

    const moved = await patch(child, { parent: 'BDT' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<FrameworkItem>().parent).toBe('BDT');
    const [, entry] = await history(child);
    expect(entry?.action).toBe('move');
    expect(entry?.changes).toContainEqual({ field: 'parent', before: 'T-TOP', after: 'BDT' });

    const back = await patch(moved.json<FrameworkItem>(), { parent: 'T-TOP' });
    expect(back.statusCode).toBe(200);
    const blocked = await act(await read(top), 'retire');
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json<Problem>()).toMatchObject({ code: 'has_active_children' });
    expect(blocked.json<Problem>().detail).toContain('T-CHILD');

    expect((await act(await read(child), 'retire')).statusCode).toBe(200);
    expect((await act(await read(top), 'retire')).statusCode).toBe(200);
    const restoreChild = await act(await read(child), 'restore');
    expect(restoreChild.statusCode).toBe(409);
    expect(restoreChild.json<Problem>()).toMatchObject({ code: 'parent_retired' });
    const under = await create('unit', { code: 'T-NEW', name: 'x', unitKind: 'division', parent: 'T-TOP' });
    expect(under.statusCode).toBe(422);
    expect(under.json<Problem>().errors?.[0]).toMatchObject({ field: 'body.parent', code: 'parent_retired' });

    // to the top of the tree
    const topLevel = await patch(await read(child), { parent: null });
    expect(topLevel.statusCode, topLevel.body).toBe(200);
    expect(topLevel.json<FrameworkItem>().parent).toBeNull();
  });

  it('refuses a taken code, a missing kind, a description and an unknown parent, writing nothing', async () => {
    const count = async () =>
      Number(
        (
          await ctx.db
            .selectFrom('orgUnit')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const taken = await create('unit', { code: 'ITU-D', name: 'x', unitKind: 'sector' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json<Problem>()).toMatchObject({ code: 'framework_code_taken' });
    const bad = await create('unit', { code: 'U-BAD', name: ' ', description: 'no', parent: 'NOPE' });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json<Problem>()
        .errors?.map((e) => `${e.field}:${e.code}`)
        .sort(),
    ).toEqual([
      'body.description:field_not_applicable',
      'body.name:blank',
      'body.parent:unknown_link',
      'body.unitKind:invalid_required',
    ]);
    expect(await count()).toBe(before);
  });

  it('keeps the code of a unit KPIs own and refuses to retire it, naming the KPIs', async () => {
    const unit = await unitByCode('BDT/DKH');
    expect(unit.kpis.length).toBeGreaterThan(0);
    const rename = await patch(unit, { code: 'BDT/KNOW' });
    expect(rename.statusCode).toBe(409);
    expect(rename.json<Problem>()).toMatchObject({ code: 'unit_code_in_use' });
    const retire = await act(unit, 'retire');
    expect(retire.statusCode).toBe(409);
    expect(retire.json<Problem>()).toMatchObject({ code: 'unit_in_use' });
    expect(retire.json<Problem>().detail).toContain(unit.kpis[0]);
    expect((await read(unit)).code).toBe('BDT/DKH');
  });
});

describe('regions', () => {
  it('renames a region in French (unofficial), reorders, retires and restores it, with its history', async () => {
    const region = (await listed('region')).find((r) => r.code === 'EUR') as FrameworkItem;
    const renamed = await patch(region, { translations: { fr: { name: 'Europe (région)' } } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<FrameworkItem>().translations.fr?.name).toBe('Europe (région)');
    const text = await ctx.db
      .selectFrom('translation')
      .select(['text', 'status'])
      .where('entity', '=', 'region')
      .where('entityId', '=', region.id)
      .where('language', '=', 'fr')
      .executeTakeFirstOrThrow();
    expect(text).toEqual({ text: 'Europe (région)', status: 'unofficial' });

    const up = await act(renamed.json<FrameworkItem>(), 'reorder', { direction: 'up' });
    expect(up.statusCode, up.body).toBe(200);
    const order = (await listed('region')).map((r) => r.code);
    expect(order.indexOf('EUR')).toBe(order.length - 2);
    const stale = await act(region, 'retire');
    expect(stale.statusCode).toBe(409);
    expect(stale.json<Problem>()).toMatchObject({ code: 'version_conflict' });

    const retired = (await act(up.json<FrameworkItem>(), 'retire')).json<FrameworkItem>();
    expect(retired.retiredAt).not.toBeNull();
    const restored = (await act(retired, 'restore')).json<FrameworkItem>();
    expect(restored.retiredAt).toBeNull();
    // the move shows in both regions' histories
    expect((await history(region)).map((h) => h.action)).toEqual(['update', 'reorder', 'retire', 'restore']);
    const cis = (await listed('region')).find((r) => r.code === 'CIS') as FrameworkItem;
    expect((await history(cis)).map((h) => h.action)).toEqual(['reorder']);
    const description = await patch(restored, { translations: { fr: { description: 'x' } } });
    expect(description.json<Problem>().errors?.[0]).toMatchObject({ code: 'field_not_applicable' });
  });
});

describe('enablers and themes', () => {
  it('adds an enabler to the plan (not to a closed one), reorders and retires it', async () => {
    const first = await createOk('enabler', {
      code: 'E-TEST-1',
      name: 'Finance',
      description: 'Sound finances',
    });
    const second = await createOk('enabler', {
      code: 'E-TEST-2',
      name: 'People',
      translations: { zh: { name: '人员' } },
    });
    expect(second).toMatchObject({
      plan: PLAN,
      sourceStatus: 'unverified',
      translations: { zh: { name: '人员' } },
    });
    expect((await act(second, 'reorder', { direction: 'up' })).statusCode).toBe(200);
    const codes = (await listed('enabler')).map((e) => e.code);
    expect(codes.indexOf('E-TEST-2')).toBeLessThan(codes.indexOf('E-TEST-1'));
    expect((await act(await read(first), 'retire')).statusCode).toBe(200);
    const taken = await create('enabler', { code: 'E-TEST-1', name: 'Again' });
    expect(taken.statusCode).toBe(409);
    const closed = await create('enabler', { code: 'E-OLD', name: 'Late' }, CLOSED_PLAN);
    expect(closed.statusCode).toBe(409);
    expect(closed.json<Problem>()).toMatchObject({ code: 'plan_closed' });
  });

  it('adds a theme shared by every plan, keeps its KPI links when retired, and keeps no order', async () => {
    const theme = await createOk('theme', {
      code: 'TH-TEST',
      name: 'Testing',
      description: 'Quality of digital services',
      translations: { ar: { name: 'الاختبار' } },
    });
    expect(theme).toMatchObject({ plan: null, sourceStatus: 'unverified' });
    expect((await listed('theme', CLOSED_PLAN)).map((t) => t.code)).toContain('TH-TEST');
    const move = await act(theme, 'reorder', { direction: 'down' });
    expect(move.statusCode).toBe(409);
    expect(move.json<Problem>()).toMatchObject({ code: 'cannot_move' });

    const linked = (await listed('theme')).find(
      (t) => t.kpis.length > 0 && t.retiredAt === null,
    ) as FrameworkItem;
    const links = linked.kpis.length;
    const retired = await act(linked, 'retire');
    expect(retired.statusCode, retired.body).toBe(200);
    expect((await read(linked)).kpis).toHaveLength(links);
    expect((await act(retired.json<FrameworkItem>(), 'restore')).statusCode).toBe(200);
  });
});

describe('the framework file after authoring', () => {
  it('exports what was authored, and exporting then importing again changes nothing', async () => {
    await createOk('unit', {
      code: 'RO-RT',
      name: 'Round trip office',
      unitKind: 'regional_office',
      parent: 'BDT',
    });
    await createOk('enabler', { code: 'E-RT', name: 'Round trip enabler' });
    const document = (
      await ctx.app.inject({ method: 'GET', url: `/api/plans/${PLAN}/framework/document` })
    ).json<FrameworkDocument>();
    expect(document.units).toContainEqual(
      expect.objectContaining({ code: 'RO-RT', parent: 'BDT', kind: 'regional_office' }),
    );
    expect(document.units).toContainEqual(expect.objectContaining({ code: 'ITU-X', retired: true }));
    expect(document.enablers.map((e) => e.code)).toContain('E-RT');
    expect(document.themes.map((t) => t.code)).toContain('TH-TEST');
    expect(document.regions.find((r) => r.code === 'EUR')?.name.fr).toBe('Europe (région)');

    const preview = async (fileName: string, content: string) => {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/frameworks/import/preview',
        payload: { fileName, content },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<FrameworkImportPreview>();
    };
    const json = await preview('framework.json', Buffer.from(JSON.stringify(document)).toString('base64'));
    expect(json.problems).toEqual([]);
    expect(json.items).toEqual([]);
    const workbook = await ctx.app.inject({ method: 'GET', url: `/api/plans/${PLAN}/framework/workbook` });
    // the workbook's sheets hold what was authored, as the people who open it in Excel read it
    const { candidate } = await readFrameworkWorkbook(workbook.rawPayload, 100_000);
    const sheet = (level: string) => (candidate?.[level] ?? []) as Array<Record<string, unknown>>;
    expect(sheet('units')).toContainEqual(expect.objectContaining({ code: 'RO-RT', parent: 'BDT' }));
    expect(sheet('enablers').map((e) => e.code)).toContain('E-RT');
    expect(sheet('themes').map((t) => t.code)).toContain('TH-TEST');
    expect(sheet('regions').find((r) => r.code === 'EUR')?.name).toMatchObject({ fr: 'Europe (région)' });
    const xlsx = await preview(`${PLAN}.xlsx`, workbook.rawPayload.toString('base64'));
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.items).toEqual([]);
    expect(xlsx.counts.unchanged).toBe(json.counts.unchanged);
  });
});
