// Global setup of the server suites: migrates and seeds, once per run, the databases most test files start
// from (the reference framework with and without the demo data, at TEST_NOW), so that each test's database
// is a copy of one of them instead of a new migration and seed (about a quarter of a second on SQLite, more
// on PostgreSQL, a few hundred times a run). SQLite: a serialized in-memory database in a temporary file,
// opened as an in-memory copy. PostgreSQL: a template database, copied with CREATE DATABASE ... TEMPLATE.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { seed } from '../../fixtures/seed.ts';
import { loadTestDatabaseSettings } from '../src/config.ts';
import { createDb, type Db } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { TEST_NOW } from './test-now.ts';

/** A prepared database: the reference framework, with or without the demo data, seeded at TEST_NOW. */
export type PreparedKind = 'demo' | 'framework';
const KINDS: PreparedKind[] = ['demo', 'framework'];

export type PreparedDatabases =
  | { dialect: 'sqlite'; files: Record<PreparedKind, string> }
  | { dialect: 'postgres'; databases: Record<PreparedKind, string> };

declare module 'vitest' {
  export interface ProvidedContext {
    rbmPreparedDatabases: PreparedDatabases;
  }
}

async function prepare(db: Db, kind: PreparedKind): Promise<void> {
  await migrateToLatest(db);
  await seed(db, { demo: kind === 'demo', now: TEST_NOW });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const settings = loadTestDatabaseSettings(project.config.env);
  if (settings.dialect === 'sqlite') {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-prepared-'));
    const files = {} as Record<PreparedKind, string>;
    for (const kind of KINDS) {
      const db = createDb({ dialect: 'sqlite', file: ':memory:' });
      await prepare(db, kind);
      files[kind] = path.join(folder, `${kind}.sqlite`);
      await db.executeQuery(sql`vacuum into ${files[kind]}`.compile(db));
      await db.destroy();
    }
    project.provide('rbmPreparedDatabases', { dialect: 'sqlite', files });
    return async () => fs.rmSync(folder, { recursive: true, force: true });
  }
  const admin = createDb({ dialect: 'postgres', connectionString: settings.adminUrl });
  const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const databases = {} as Record<PreparedKind, string>;
  try {
    for (const kind of KINDS) {
      const name = `rbm_prepared_${kind}_${suffix}`;
      await sql`create database ${sql.id(name)}`.execute(admin);
      databases[kind] = name;
      const url = new URL(settings.adminUrl);
      url.pathname = `/${name}`;
      const db = createDb({ dialect: 'postgres', connectionString: url.toString() });
      try {
        await prepare(db, kind);
      } finally {
        // a template may be copied only while nobody is connected to it
        await db.destroy();
      }
    }
  } catch (error) {
    await dropAll(admin, databases);
    await admin.destroy();
    throw new Error(`The PostgreSQL suite cannot prepare its databases: ${(error as Error).message}`);
  }
  project.provide('rbmPreparedDatabases', { dialect: 'postgres', databases });
  return async () => {
    await dropAll(admin, databases);
    await admin.destroy();
  };
}

async function dropAll(admin: Db, databases: Partial<Record<PreparedKind, string>>): Promise<void> {
  for (const name of Object.values(databases)) {
    await sql`drop database if exists ${sql.id(name)}`.execute(admin);
  }
}
