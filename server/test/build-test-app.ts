// A fresh migrated in-memory database per test file, loaded with the reference fixtures, and the app
// built on it. Tests call app.inject(); nothing listens on a port.
import { seed, type SeedOptions } from '../../fixtures/seed.ts';
import { buildApp, type AppInstance } from '../src/app.ts';
import type { Db } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { createTestDatabase } from './test-database.ts';

/** The demo "today" of the test suite: the last complete quarter is 2026-Q3. */
export const TEST_NOW = new Date('2026-11-23T09:00:00Z');

export interface TestContext {
  app: AppInstance;
  db: Db;
  dialect: 'sqlite' | 'postgres';
  close: () => Promise<void>;
}

export async function buildTestApp(
  options: Partial<SeedOptions> & { seed?: boolean } = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const { db } = database;
  await migrateToLatest(db);
  if (options.seed !== false) await seed(db, { demo: options.demo ?? true, now: options.now ?? TEST_NOW });
  const app = await buildApp({ db, clientDist: null, now: () => options.now ?? TEST_NOW });
  await app.ready();
  return {
    app,
    db,
    dialect: database.dialect,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
