// The reader thread of a SQLite file: it answers a list of queries in order, each as soon as it is read, sees
// what the server's connection has committed, refuses bad SQL with SQLite's own message and reads on, and
// stops with the database; it opens before the first read. An in-memory database and a transaction have none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, readerOf, type Db } from './connection.ts';
import { SqliteReader } from './sqlite-reader.ts';

let folder: string;
let db: Db;
let reader: SqliteReader;

/** Runs the queries on the reader; what each handed over, by its index. */
async function readAll(queries: Array<{ sql: string; parameters: unknown[] }>) {
  const answers: Array<{ index: number; rows: unknown[] }> = [];
  await reader.read(queries, (rows, index) => answers.push({ index, rows }));
  return answers;
}

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-reader-'));
  db = createDb({ dialect: 'sqlite', file: path.join(folder, 'reader.sqlite') });
  await sql`create table t (n integer, label text)`.execute(db);
  await sql`insert into t values (1, 'one'), (2, 'two'), (3, 'three')`.execute(db);
  const found = readerOf(db);
  if (!found) throw new Error('a SQLite file should have a reader');
  reader = found;
});

afterAll(async () => {
  await db.destroy();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('the reader thread of a SQLite file', () => {
  it('answers each query in order with its rows (one column each)', async () => {
    const answers = await readAll([
      { sql: 'select label from t where n <= ? order by n', parameters: [2] },
      { sql: "select json_group_array(json_array(n, label)) from t where label like 't%'", parameters: [] },
    ]);
    expect(answers).toStrictEqual([
      { index: 0, rows: ['one', 'two'] },
      { index: 1, rows: ['[[2,"two"],[3,"three"]]'] },
    ]);
  });

  it('sees what the connection has committed', async () => {
    await sql`insert into t values (4, 'four')`.execute(db);
    const [answer] = await readAll([{ sql: 'select count(*) from t', parameters: [] }]);
    expect(answer?.rows).toStrictEqual([4]);
  });

  it("refuses bad SQL with SQLite's message, and reads on", async () => {
    await expect(readAll([{ sql: 'select n from nowhere', parameters: [] }])).rejects.toThrow(
      /no such table: nowhere/,
    );
    const [answer] = await readAll([{ sql: 'select max(n) from t', parameters: [] }]);
    expect(answer?.rows).toStrictEqual([4]);
  });

  it('cannot write', async () => {
    await expect(
      readAll([{ sql: "insert into t values (5, 'five') returning n", parameters: [] }]),
    ).rejects.toThrow(/readonly database/);
    const [answer] = await readAll([{ sql: 'select count(*) from t', parameters: [] }]);
    expect(answer?.rows).toStrictEqual([4]);
  });

  it('is not offered in a transaction, nor for an in-memory database', async () => {
    await db.transaction().execute(async (tx) => {
      expect(readerOf(tx)).toBeUndefined();
    });
    const memory = createDb({ dialect: 'sqlite', file: ':memory:' });
    expect(readerOf(memory)).toBeUndefined();
    await memory.destroy();
  });

  it('opens before its first read, and a file it cannot open ends the wait too', async () => {
    // what a server awaits before it listens (app.ts)
    await reader.open();
    const [answer] = await readAll([{ sql: 'select min(n) from t', parameters: [] }]);
    expect(answer?.rows).toStrictEqual([1]);
    const missing = new SqliteReader(path.join(folder, 'missing.sqlite'));
    await missing.open();
    await expect(missing.read([{ sql: 'select 1', parameters: [] }], () => undefined)).rejects.toThrow();
    await missing.close();
  });

  it('stops with the database: a read after is refused', async () => {
    const other = createDb({ dialect: 'sqlite', file: path.join(folder, 'other.sqlite') });
    await sql`create table u (n integer)`.execute(other);
    const otherReader = readerOf(other);
    await otherReader?.read([{ sql: 'select count(*) from u', parameters: [] }], () => undefined);
    await other.destroy();
    await expect(
      otherReader?.read([{ sql: 'select count(*) from u', parameters: [] }], () => undefined),
    ).rejects.toThrow(/closed/);
  });
});
