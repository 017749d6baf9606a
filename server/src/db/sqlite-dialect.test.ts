// SQLite shared by several processes: a transaction takes the write lock when it begins, so a write after
// a read cannot meet another process's newer commit (SQLITE_BUSY_SNAPSHOT); a lock held by another process
// beyond the busy timeout answers 503 database_busy, not 500. Always on a SQLite file, whatever the project:
// this is the SQLite dialect's own behaviour (PostgreSQL runs the same load in two-processes.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Problem } from '@rbm/shared/schemas';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { seed } from '../../../fixtures/seed.ts';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../test/factories.ts';
import { buildApp } from '../app.ts';
import { createDb, type Db } from './connection.ts';
import { migrateToLatest } from './migrator.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The server's connection and another process's, on one file. */
function openTwice(): { db: Db; other: SqliteDatabase.Database; file: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-sqlite-'));
  const file = path.join(folder, 'rbm.sqlite');
  const db = createDb({ dialect: 'sqlite', file });
  const other = new SqliteDatabase(file, { timeout: 0 });
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  cleanups.push(() => db.destroy());
  cleanups.push(() => {
    if (other.inTransaction) other.exec('rollback');
    other.close();
  });
  return { db, other, file };
}

describe('SQLite transactions shared with another process', () => {
  it('hold the write lock from their start, so a write after a read never meets a newer commit', async () => {
    const { db, other } = openTwice();
    await sql`create table counter (n integer not null)`.execute(db);
    await sql`insert into counter (n) values (0)`.execute(db);
    let otherWrite: unknown = null;
    await db.transaction().execute(async (tx) => {
      const before = await sql<{ n: number }>`select n from counter`.execute(tx);
      // another process writes between our read and our write: it has to wait for us
      try {
        other.prepare('update counter set n = n + 100').run();
      } catch (error) {
        otherWrite = error;
      }
      await sql`update counter set n = ${(before.rows[0]?.n ?? 0) + 1}`.execute(tx);
    });
    expect((otherWrite as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    other.prepare('update counter set n = n + 100').run();
    expect(other.prepare('select n from counter').get()).toEqual({ n: 101 });
  });

  it('answer 503 database_busy with Retry-After when another process keeps the lock too long', async () => {
    const { db, other } = openTwice();
    await migrateToLatest(db);
    await seed(db, { demo: false, now: TEST_NOW });
    const token = await createApiToken(db, await createUser(db, { username: 'busy', role: 'admin' }));
    const app = await buildApp({ db, clientDist: null, now: () => TEST_NOW });
    cleanups.push(() => app.close());
    // signing in with the token records its use: a write, done here before the lock is taken
    await app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { authorization: `Bearer ${token}` },
    });
    await sql`pragma busy_timeout = 50`.execute(db);
    other.exec('begin immediate');
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        username: 'waiting',
        displayName: 'Waiting',
        role: 'viewer',
        password: 'correct horse battery staple',
      },
    });
    other.exec('rollback');
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json<Problem>().code).toBe('database_busy');
  });
});
