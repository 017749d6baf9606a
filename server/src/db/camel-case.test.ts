import { CamelCasePlugin, sql, type QueryId } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { RowCamelCasePlugin } from './camel-case.ts';

const queryId = { queryId: 'test' } as QueryId;
const rows = [
  {
    kpi_id: 1,
    entered_at: new Date('2026-01-02T00:00:00Z'),
    evidence_file: Buffer.from('pdf'),
    note: null,
    json_value: { sort_order: 2, nested_list: [{ region_code: 'AFR' }] },
    list_value: [{ plan_code: 'SP' }, 3, 'text'],
  },
  {
    kpi_id: 2,
    entered_at: null,
    evidence_file: null,
    note: 'two',
    json_value: null,
    list_value: [],
  },
];

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

describe('RowCamelCasePlugin', () => {
  it("maps rows as Kysely's CamelCasePlugin does: columns, and the keys of objects inside values", async () => {
    const result = { rows };
    const ours = await new RowCamelCasePlugin().transformResult({ queryId, result });
    const stock = await new CamelCasePlugin().transformResult({ queryId, result });
    expect(ours).toEqual(stock);
    expect(ours.rows[0]).toEqual({
      kpiId: 1,
      enteredAt: new Date('2026-01-02T00:00:00Z'),
      evidenceFile: Buffer.from('pdf'),
      note: null,
      jsonValue: { sortOrder: 2, nestedList: [{ regionCode: 'AFR' }] },
      listValue: [{ planCode: 'SP' }, 3, 'text'],
    });
    // a Date or a Buffer is passed as it is, not copied into a plain object
    expect(ours.rows[0]?.enteredAt).toBeInstanceOf(Date);
    expect(Buffer.isBuffer(ours.rows[0]?.evidenceFile)).toBe(true);
  });

  it('leaves a result without rows as it is', async () => {
    const result = { rows: [], numAffectedRows: 3n };
    expect(await new RowCamelCasePlugin().transformResult({ queryId, result })).toEqual(result);
  });

  it("maps the database's own rows, every row by the first row's columns", async () => {
    const { rows: mapped } = await sql<{ kpiId: number; periodCode: string | null }>`
      select 1 as kpi_id, '2026-Q1' as period_code
      union all select 2, null`.execute(database.db);
    expect(mapped).toEqual([
      { kpiId: 1, periodCode: '2026-Q1' },
      { kpiId: 2, periodCode: null },
    ]);
  });

  it('maps columns of any name, each result by its own columns', async () => {
    const odd = { queryId, result: { rows: [{ 'say "hi"\\ now': 1, 'two\nlines': 'مؤشر', sort_order: 3 }] } };
    const stock = new CamelCasePlugin();
    const ours = new RowCamelCasePlugin();
    expect(await ours.transformResult(odd)).toEqual(await stock.transformResult(odd));
    // the same plugin, a result of other columns
    const other = { queryId, result: { rows: [{ plan_code: 'SP', kpi_id: 4 }] } };
    expect((await ours.transformResult(other)).rows).toStrictEqual([{ planCode: 'SP', kpiId: 4 }]);
    expect(await ours.transformResult(odd)).toEqual(await stock.transformResult(odd));
    const { rows: read } = await sql<Record<string, unknown>>`
      select 1 as "a ""quoted"" name", 'x' as "back\\slash"`.execute(database.db);
    expect(read).toStrictEqual([{ 'a "quoted" name': 1, 'back\\slash': 'x' }]);
  });
});
