// A fresh database for one test file: SQLite in memory, or a new PostgreSQL database when the suite runs
// as the `server-pg` project; empty, or a copy of one the global setup migrated and seeded
// (prepared-databases.ts). Dropped again when the file's tests end.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { loadTestDatabaseSettings } from '../src/config.ts';
import { createDb, type Db } from '../src/db/connection.ts';
import type { PreparedKind } from './prepared-databases.ts';

export interface TestDatabase {
  db: Db;
  dialect: 'sqlite' | 'postgres';
  /** The DATABASE_URL of this database, for a server process of its own (':memory:' is the test's alone). */
  url: string;
  drop: () => Promise<void>;
}

/**
 * `onFile`: SQLite in a file of a temporary folder rather than in memory, so other processes can open it.
 * `copyOf`: already migrated and seeded, a copy of that prepared database; undefined when the run has none
 * (a project without the global setup): the caller then migrates and seeds it itself.
 */
export async function createTestDatabase(options: {
  onFile?: boolean;
  copyOf: PreparedKind;
}): Promise<TestDatabase | undefined>;
export async function createTestDatabase(options?: { onFile?: boolean }): Promise<TestDatabase>;
export async function createTestDatabase(
  options: { onFile?: boolean; copyOf?: PreparedKind } = {},
): Promise<TestDatabase | undefined> {
  const settings = loadTestDatabaseSettings();
  const prepared = options.copyOf ? inject('rbmPreparedDatabases') : undefined;
  if (options.copyOf && prepared?.dialect !== settings.dialect) return undefined;
  if (settings.dialect === 'sqlite' && options.copyOf && !options.onFile && prepared?.dialect === 'sqlite') {
    const image = fs.readFileSync(prepared.files[options.copyOf]);
    const db = createDb({ dialect: 'sqlite', file: ':memory:', image });
    return { db, dialect: 'sqlite', url: ':memory:', drop: () => db.destroy() };
  }
  if (options.copyOf && settings.dialect === 'sqlite' && prepared?.dialect !== 'sqlite') return undefined;
  if (settings.dialect === 'sqlite' && options.onFile) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-test-'));
    const file = path.join(folder, 'rbm.sqlite');
    if (options.copyOf && prepared?.dialect === 'sqlite')
      fs.copyFileSync(prepared.files[options.copyOf], file);
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
    const template =
      prepared?.dialect === 'postgres' && options.copyOf ? prepared.databases[options.copyOf] : null;
    await (
      template
        ? sql`create database ${sql.id(name)} template ${sql.id(template)}`
        : sql`create database ${sql.id(name)}`
    ).execute(admin);
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
