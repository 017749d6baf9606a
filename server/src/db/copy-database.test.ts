// npm run db:copy: a demo database copied into the suite's database (SQLite into SQLite in the `server`
// project, SQLite into PostgreSQL in `server-pg`) serves the same figures, takes new rows after the copied
// ids, and a second copy into it is refused.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../fixtures/seed.ts';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { buildApp } from '../app.ts';
import { StartupError } from '../config.ts';
import { createDb, type Db } from './connection.ts';
import { COPY_ORDER, copyDatabase } from './copy-database.ts';
import { migrateToLatest } from './migrator.ts';

let source: Db;
let target: TestDatabase;
let copied: Record<string, number>;
let token: string;

beforeAll(async () => {
  source = createDb({ dialect: 'sqlite', file: ':memory:' });
  await migrateToLatest(source);
  await seed(source, { demo: true, now: TEST_NOW });
  token = await createApiToken(source, await createUser(source, { username: 'copied', role: 'admin' }));
  target = await createTestDatabase();
  copied = await copyDatabase(source, target.db, () => undefined);
}, 60_000);
afterAll(async () => {
  await source.destroy();
  await target.drop();
});

async function dashboard(db: Db): Promise<unknown> {
  const app = await buildApp({ db, clientDist: null, now: () => TEST_NOW });
  try {
    const res = await app.inject({ url: '/api/dashboard', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    return res.json();
  } finally {
    await app.close();
  }
}

describe('db:copy', () => {
  it('lists every table, each after the tables its foreign keys name', async () => {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master
      where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(source);
    expect([...COPY_ORDER].sort()).toEqual(tables.rows.map((t) => t.name).sort());
    for (const [index, table] of COPY_ORDER.entries()) {
      const keys = await sql<{
        table: string;
      }>`select "table" from pragma_foreign_key_list(${table})`.execute(source);
      for (const key of keys.rows) expect(COPY_ORDER.indexOf(key.table as never)).toBeLessThan(index);
    }
  });

  it('copies every row, and the copy serves the same figures', async () => {
    for (const table of COPY_ORDER) {
      const row = await source
        .withoutPlugins()
        .selectFrom(table as 'plan')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(copied[table], table).toBe(Number(row.n));
    }
    expect(copied.kpi_value).toBeGreaterThan(0);
    expect(await dashboard(target.db)).toEqual(await dashboard(source));
  }, 30_000); // counts some forty tables twice and builds two dashboards: 5-8 s with two test workers on 2 cores

  it('gives new rows ids after the copied ones', async () => {
    const before = await target.db
      .selectFrom('appUser')
      .select('id')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const id = await createUser(target.db, { username: 'after-copy', role: 'viewer' });
    expect(id).toBeGreaterThan(before.id);
  });

  it('refuses to copy into a database that holds data', async () => {
    await expect(copyDatabase(source, target.db, () => undefined)).rejects.toThrow(StartupError);
    await expect(copyDatabase(source, target.db, () => undefined)).rejects.toThrow(/already holds data/);
  });
});
