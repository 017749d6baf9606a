// Where the scale bench builds its plans: a SQLite file in data/bench/, or a database of its own on the
// PostgreSQL server named by RBM_BENCH_PG_URL (else RBM_TEST_PG_URL, else the CI role on 127.0.0.1),
// created for the run and dropped after it.
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseLocation } from '../../server/src/config.ts';
import { BENCH_DIR } from './large-dataset.ts';

export const PG_ADMIN_URL =
  process.env.RBM_BENCH_PG_URL ??
  process.env.RBM_TEST_PG_URL ??
  'postgres://rbm_ci:rbm_ci@127.0.0.1:5432/postgres';
const PG_DATABASE = 'rbm_bench_scale';

export interface BenchDatabase {
  location: DatabaseLocation;
  /** DATABASE_URL for the server process. */
  url: string;
  drop: () => Promise<void>;
}

/** Null when PostgreSQL answers; otherwise why not (the bench says so and runs SQLite only). */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** A new, empty database of the dialect (an old one of the same name is removed first). */
export async function freshDatabase(dialect: 'sqlite' | 'postgres'): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    fs.mkdirSync(BENCH_DIR, { recursive: true });
    const file = path.join(BENCH_DIR, 'scale.sqlite');
    removeSqlite(file);
    return {
      location: { dialect: 'sqlite', file },
      url: `file:${file}`,
      drop: async () => removeSqlite(file),
    };
  }
  await admin(`drop database if exists ${PG_DATABASE}`);
  await admin(`create database ${PG_DATABASE}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${PG_DATABASE}`;
  return {
    location: { dialect: 'postgres', connectionString: url.toString() },
    url: url.toString(),
    drop: () => admin(`drop database if exists ${PG_DATABASE}`),
  };
}
