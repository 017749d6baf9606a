// A fresh, empty database for one test file: SQLite in memory, or a new PostgreSQL database when the
// suite runs as the `server-pg` project. Dropped again when the file's tests end.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadTestDatabaseSettings } from '../src/config.ts';
import { createDb, type Db } from '../src/db/connection.ts';

export interface TestDatabase {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** The DATABASE_URL of this database, for a server process of its own (':memory:' is the test's alone). */
  url: string;
  drop: () => Promise<void>;
}

/** `onFile`: SQLite in a file of a temporary folder rather than in memory, so other processes can open it. */
export async function createTestDatabase(options: { onFile?: boolean } = {}): Promise<TestDatabase> {
  const settings = loadTestDatabaseSettings();
  if (settings.dialect === 'sqlite' && options.onFile) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-test-'));
    const file = path.join(folder, 'rbm.sqlite');
    const db = createDb({ dialect: 'sqlite', file });
    const drop = async () => {
      await db.destroy();
      fs.rmSync(folder, { recursive: true, force: true });
    };
    return { db, dialect: 'sqlite', url: `file:${file}`, drop };
  }
  if (settings.dialect === 'sqlite') {
    const db = createDb({ dialect: 'sqlite', file: ':memory:' });
    return { db, dialect: 'sqlite', url: ':memory:', drop: () => db.destroy() };
  }
  const name = `rbm_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = createDb({ dialect: 'postgres', connectionString: settings.adminUrl });
  try {
    await sql`create database ${sql.id(name)}`.execute(admin);
  } catch (error) {
    await admin.destroy();
    throw new Error(
      `The PostgreSQL suite cannot create a database through RBM_TEST_PG_URL: ${(error as Error).message}`,
    );
  }
  const url = new URL(settings.adminUrl);
  url.pathname = `/${name}`;
  const db = createDb({ dialect: 'postgres', connectionString: url.toString() });
  return {
    db,
    dialect: 'postgres',
    url: url.toString(),
    drop: async () => {
      await db.destroy();
      // Pool clients may still be closing: wait for them rather than killing them mid-close, which
      // would surface as "terminating connection due to administrator command" in the test run.
      for (let attempt = 0; ; attempt++) {
        try {
          await sql`drop database if exists ${sql.id(name)}`.execute(admin);
          break;
        } catch (error) {
          if (attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      await admin.destroy();
    },
  };
}
