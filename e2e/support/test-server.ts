// A real server for one browser-test file: a fresh SQLite file loaded with the demo fixtures, the API and
// the built SPA on a free port, with the server's clock fixed at the suite's "today".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seed } from '../../fixtures/seed.ts';
import { buildApp, type AppInstance } from '../../server/src/app.ts';
import { REPO_ROOT } from '../../server/src/config.ts';
import { createDb, type Db } from '../../server/src/db/connection.ts';
import { migrateToLatest } from '../../server/src/db/migrator.ts';

/** The demo "today" of the browser tests, as of the server suite: the last complete quarter is 2026-Q3. */
export const E2E_NOW = new Date('2026-11-23T09:00:00Z');
export const CLIENT_DIST = path.join(REPO_ROOT, 'client', 'dist');

export interface TestServer {
  url: string;
  db: Db;
  app: AppInstance;
  close: () => Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html')))
    throw new Error(`No SPA build in ${CLIENT_DIST}: the browser project's global setup builds it`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-e2e-'));
  const db = createDb({ dialect: 'sqlite', file: path.join(dir, 'rbm.sqlite') });
  await migrateToLatest(db);
  await seed(db, { demo: true, now: E2E_NOW });
  const app = await buildApp({ db, clientDist: CLIENT_DIST, logLevel: 'warn', now: () => E2E_NOW });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The test server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    db,
    app,
    close: async () => {
      await app.close();
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
