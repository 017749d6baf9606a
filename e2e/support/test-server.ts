// A real server for one browser-test file (or a bench): a fresh SQLite file loaded with the demo fixtures,
// the API and a private copy of the built SPA on a free port, with the server's clock fixed at the suite's
// "today" (or, for an organisation of its own, an empty database with one administrator: `shippedFrameworks:
// false`, as `RBM_SHIPPED_FRAMEWORKS=false` and `npm run user:create` make it). The copy keeps a file's tests from breaking half-way when another run rebuilds client/dist in
// the same working tree; it is taken only once index.html and every asset it names are there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seed } from '../../fixtures/seed.ts';
import type { AppInstance } from '../../server/src/app-instance.ts';
import { buildApp } from '../../server/src/app.ts';
import { REPO_ROOT } from '../../server/src/config.ts';
import { createDb, type Db } from '../../server/src/db/connection.ts';
import { migrateToLatest } from '../../server/src/db/migrator.ts';
import { SYSTEM_ACTOR } from '../../server/src/lib/actor.ts';
import { createUser } from '../../server/src/modules/users/users.service.ts';
import { prepareDatabase } from '../../server/src/startup/prepare-database.ts';

/** The demo "today" of the browser tests, as of the server suite: the last complete quarter is 2026-Q3. */
export const E2E_NOW = new Date('2026-11-23T09:00:00Z');
export const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');

export interface TestServer {
  url: string;
  db: Db;
  app: AppInstance;
  /** Moves the server's "today" (E2E_NOW until then), for a file whose story runs into a later quarter. */
  setNow: (now: Date) => void;
  close: () => Promise<void>;
}

function completeBuild(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(index)) return false;
  const assets = [...fs.readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!);
  return assets.every((asset) => fs.existsSync(path.join(CLIENT_DIST, asset)));
}

async function copyBuild(into: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (completeBuild()) {
      fs.cpSync(CLIENT_DIST, into, { recursive: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`No complete SPA build in ${CLIENT_DIST}: the browser project's global setup builds it`);
}

export interface TestServerOptions {
  /** false: no ITU plan, statistics or demo data, only the administrator FIRST_ADMIN (default true). */
  shippedFrameworks?: boolean;
}

/** The one account of an instance started without the shipped frameworks. */
export const FIRST_ADMIN = { username: 'first-admin', password: 'a long first admin passphrase' } as const;

/**
 * The demo database, migrated and seeded once per process and copied for each server: the browser files
 * share their worker's modules, so the seed (1-3 s) is paid once a run instead of once a file.
 */
let seededDemo: Promise<string> | undefined;
function seededDemoFile(): Promise<string> {
  seededDemo ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-e2e-seeded-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'rbm.sqlite');
    const db = createDb({ dialect: 'sqlite', file });
    try {
      await migrateToLatest(db);
      await seed(db, { demo: true, now: E2E_NOW });
    } finally {
      await db.destroy(); // the last connection closed: the WAL is checkpointed into the file
    }
    return file;
  })();
  return seededDemo;
}

/** The server's database: a copy of the seeded demo, or an instance of its own with one administrator. */
async function openDatabase(file: string, options: TestServerOptions): Promise<Db> {
  if (options.shippedFrameworks !== false) {
    fs.copyFileSync(await seededDemoFile(), file);
    return createDb({ dialect: 'sqlite', file });
  }
  const db = createDb({ dialect: 'sqlite', file });
  await prepareDatabase(db, { demo: false, shippedFrameworks: false, now: E2E_NOW }, () => undefined);
  await createUser(
    { db, now: E2E_NOW, actor: SYSTEM_ACTOR },
    { ...FIRST_ADMIN, displayName: 'First administrator', role: 'admin' },
  );
  return db;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-e2e-'));
  const dist = path.join(dir, 'dist');
  await copyBuild(dist);
  const db = await openDatabase(path.join(dir, 'rbm.sqlite'), options);
  let now = E2E_NOW;
  const app = await buildApp({ db, clientDist: dist, logLevel: 'warn', now: () => now });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    db,
    app,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
