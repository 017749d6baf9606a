// A fresh, empty database for one test file: SQLite in memory, or a new PostgreSQL database when the
// suite runs as the `server-pg` project. Dropped again when the file's tests end.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { loadTestDatabaseSettings } from '../src/config.ts';
import { createDb, type Db } from '../src/db/connection.ts';

export interface TestDatabase {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  drop: () => Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const settings = loadTestDatabaseSettings();
  if (settings.dialect === 'sqlite') {
    const db = createDb({ dialect: 'sqlite', file: ':memory:' });
    return { db, dialect: 'sqlite', drop: () => db.destroy() };
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
