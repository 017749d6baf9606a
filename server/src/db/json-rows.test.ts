// Rows read as JSON text (json-rows.ts) are the rows the driver gives: every digit of a number, nulls, texts
// with quotes, lines and any script, and the keys of the camel-case plugin, in the select's order; so on
// PostgreSQL too when asked for (json_agg), where selectRows and prepared queries read as they always have.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { isSqlite } from './connection.ts';
import { asJsonRows, readJsonRows, selectRows } from './json-rows.ts';
import { prepareQuery } from './prepared.ts';

let ctx: TestContext;
let kpiId: number;
const NOTES = ['He said "no"\nthen \\ left', 'مؤشر الأداء', '中文 😀', "l'ONU\t", ''];
const NUMBERS = [0.1 + 0.2, 1 / 3, -1e-300, 2 ** 53 - 1, 123456789.12345679];
beforeAll(async () => {
  ctx = await buildTestApp();
  const kpi = await ctx.db.selectFrom('kpi').select('id').orderBy('id').executeTakeFirstOrThrow();
  kpiId = kpi.id;
  await ctx.db
    .insertInto('kpiValue')
    .values(
      NUMBERS.map((value, i) => ({
        kpiId,
        period: `${2031 + Math.floor(i / 4)}-Q${1 + (i % 4)}`,
        regionId: null,
        value: i === 2 ? null : value,
        noDataReason: i === 2 ? 'None collected' : null,
        note: NOTES[i] ?? null,
        state: 'draft',
        version: 1 + i,
        enteredAt: '2031-01-01T00:00:00.000Z',
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
});
afterAll(async () => ctx.close());

const valuesOf = (regional: boolean) =>
  ctx.db
    .selectFrom('kpiValue')
    .leftJoin('appUser', 'appUser.id', 'kpiValue.enteredBy')
    .select([
      'kpiValue.id as valueId',
      'kpiValue.kpiId',
      'kpiValue.period',
      'kpiValue.value',
      'kpiValue.noDataReason',
      'kpiValue.note',
      'appUser.username as enteredByName',
      sql<number>`kpi_value.version * 2`.as('doubled'),
    ])
    .where('kpiValue.kpiId', '=', kpiId)
    .where('kpiValue.regionId', regional ? 'is not' : 'is', null);

const byId = <T extends { valueId: number }>(rows: T[]) => [...rows].sort((a, b) => a.valueId - b.valueId);

describe('rows read as JSON text', () => {
  it('are the rows the driver reads, for a union of selects with aliases', async () => {
    const query = valuesOf(false).unionAll(valuesOf(true));
    const rows = await selectRows(ctx.db, query);
    expect(byId(rows)).toStrictEqual(byId(await query.execute()));
    const notes = rows.map((r) => r.note);
    for (const note of NOTES) expect(notes).toContain(note);
    const values = rows.map((r) => r.value);
    for (const [i, value] of NUMBERS.entries()) if (i !== 2) expect(values).toContain(value);
  });

  it("are the driver's rows on this database's own JSON aggregate, in the select's order", async () => {
    const query = valuesOf(false)
      .unionAll(valuesOf(true))
      .orderBy('doubled', 'desc')
      .orderBy('valueId', 'desc');
    const dialect = isSqlite(ctx.db) ? 'sqlite' : 'postgres';
    const rows = await readJsonRows<{ note: string | null }>(ctx.db, asJsonRows(query.compile(), dialect));
    const driven = await query.execute();
    expect(rows).toStrictEqual(driven);
    expect(rows.length).toBeGreaterThanOrEqual(NUMBERS.length);
    expect(rows.map((r) => r.note)).toEqual(expect.arrayContaining(NOTES));
    // nothing matched: no rows (not a null)
    const none = valuesOf(false).where('kpiValue.period', '=', '1999-Q1');
    expect(await readJsonRows(ctx.db, asJsonRows(none.compile(), dialect))).toStrictEqual([]);
  });

  it("read a transaction's own uncommitted rows inside it, and the committed ones outside", async () => {
    const notesOf = async (db: typeof ctx.db) =>
      (await selectRows(db, valuesOf(false))).map((r) => r.note).sort();
    const before = await notesOf(ctx.db);
    await expect(
      ctx.db.transaction().execute(async (tx) => {
        await tx.updateTable('kpiValue').set({ note: 'changed' }).where('kpiId', '=', kpiId).execute();
        expect(new Set(await notesOf(tx))).toEqual(new Set(['changed']));
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await notesOf(ctx.db)).toEqual(before);
  });

  it('read nothing when nothing matches', async () => {
    expect(await selectRows(ctx.db, valuesOf(false).where('kpiValue.period', '=', '1999-Q1'))).toStrictEqual(
      [],
    );
  });

  it('answer a prepared query as it answers without them', async () => {
    const build = (p: { kpiId: number; period: string }) =>
      ctx.db
        .selectFrom('kpiValue')
        .select(['kpiValue.id', 'kpiValue.note', 'kpiValue.value', 'kpiValue.returnComment'])
        .where('kpiId', '=', p.kpiId)
        .where('period', '>=', p.period);
    const asJson = prepareQuery((_db, p: { kpiId: number; period: string }) => build(p), { jsonRows: true });
    const plain = prepareQuery((_db, p: { kpiId: number; period: string }) => build(p));
    for (const period of ['2031-Q1', '2031-Q3', '2040-Q1']) {
      const rows = await asJson.execute(ctx.db, { kpiId, period });
      const sorted = <T extends { id: number }>(list: T[]) => [...list].sort((a, b) => a.id - b.id);
      expect(sorted(rows)).toStrictEqual(sorted(await plain.execute(ctx.db, { kpiId, period })));
    }
    expect((await asJson.execute(ctx.db, { kpiId, period: '2031-Q1' })).length).toBe(NUMBERS.length);
  });
});
