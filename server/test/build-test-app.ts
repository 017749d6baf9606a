// A fresh migrated in-memory database per test file, loaded with the reference fixtures, and the app
// built on it. Tests call app.inject(); nothing listens on a port. Seeded at TEST_NOW, the database is a
// copy of one the global setup prepared (prepared-databases.ts); otherwise it is migrated and seeded here.
import type { InjectOptions } from 'fastify';
import { seed, type SeedOptions } from '../../fixtures/seed.ts';
import type { AppInstance } from '../src/app-instance.ts';
import { buildApp } from '../src/app.ts';
import { DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../src/config.ts';
import type { Db } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import type { NotifierSettings } from '../src/modules/notifications/notifier.ts';
import { createApiToken, createUser } from './factories.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { TEST_NOW } from './test-now.ts';

export { TEST_NOW };

export interface TestContext {
  /** The app; every inject() acts as a test administrator (a personal API token) unless it sends its own
   * authorization header. */
  app: AppInstance;
  /** The app without any credentials. */
  anonymous: AppInstance;
  /** Signs in with a password and gives an app whose inject() sends that session's cookie and CSRF token. */
  signIn: (username: string, password: string) => Promise<AppInstance>;
  db: Db;
  dialect: 'sqlite' | 'postgres';
  close: () => Promise<void>;
}

export async function buildTestApp(
  options: Partial<SeedOptions> & {
    seed?: boolean;
    clock?: () => Date;
    auth?: Partial<AuthSettings>;
    /** Mail server and reminder settings (tests of notifications); none: the inbox alone. */
    notifications?: NotifierSettings;
    /** SQLite in a file rather than in memory (its reader thread included, db/sqlite-reader.ts). */
    onFile?: boolean;
  } = {},
): Promise<TestContext> {
  const database = await seededDatabase(options);
  const { db } = database;
  const app = await buildApp({
    db,
    clientDist: null,
    now: options.clock ?? (() => options.now ?? TEST_NOW),
    auth: { ...DEFAULT_AUTH_SETTINGS, ...options.auth },
    ...(options.notifications ? { notifications: options.notifications } : {}),
  });
  await app.ready();
  const adminId = await createUser(db, { username: 'test-admin', role: 'admin' });
  const adminToken = await createApiToken(db, adminId);
  const signIn = async (username: string, password: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200)
      throw new Error(`Sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'rbm_session');
    const { csrfToken } = res.json<{ csrfToken: string }>();
    return withHeaders(app, { cookie: `rbm_session=${cookie?.value}`, 'x-csrf-token': csrfToken });
  };
  return {
    app: withHeaders(app, { authorization: `Bearer ${adminToken}` }),
    anonymous: app,
    signIn,
    db,
    dialect: database.dialect,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** A copy of a prepared database when one fits the options, else a new one migrated and seeded. */
async function seededDatabase(
  options: Partial<SeedOptions> & { seed?: boolean; onFile?: boolean },
): Promise<TestDatabase> {
  const demo = options.demo ?? true;
  const now = options.now ?? TEST_NOW;
  const onFile = options.onFile ?? false;
  if (options.seed !== false && now.getTime() === TEST_NOW.getTime()) {
    const copy = await createTestDatabase({ onFile, copyOf: demo ? 'demo' : 'framework' });
    if (copy) return copy;
  }
  const database = await createTestDatabase({ onFile });
  await migrateToLatest(database.db);
  if (options.seed !== false) await seed(database.db, { demo, now });
  return database;
}

/** The same app, with headers added to every inject() (a request's own headers win). */
function withHeaders(app: AppInstance, headers: Record<string, string>): AppInstance {
  return new Proxy(app, {
    get(target, property, receiver) {
      if (property !== 'inject') return Reflect.get(target, property, receiver) as unknown;
      return (options: InjectOptions | string) => {
        const request: InjectOptions = typeof options === 'string' ? { url: options } : options;
        return target.inject({
          ...request,
          headers: { ...headers, ...(request.headers ?? {}) },
        } as InjectOptions);
      };
    },
  });
}
