// A test server (as startTestServer) serving a private copy of the built SPA, so a browser-test file is not
// broken half-way by another run rebuilding client/dist in the same working tree. The copy is taken
// only when index.html and every asset it names are there (a build in progress is waited out).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seed } from '../../fixtures/seed.ts';
import { buildApp } from '../../server/src/app.ts';
import { createDb } from '../../server/src/db/connection.ts';
import { migrateToLatest } from '../../server/src/db/migrator.ts';
import { CLIENT_DIST, E2E_NOW, type TestServer } from './test-server.ts';

function completeBuild(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  if (!fs.existsSync(index)) return false;
  const assets = [...fs.readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!);
  return assets.every((asset) => fs.existsSync(path.join(CLIENT_DIST, asset)));
}

async function snapshotDist(into: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (completeBuild()) {
      fs.cpSync(CLIENT_DIST, into, { recursive: true });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`No complete SPA build in ${CLIENT_DIST}`);
}

export async function startSnapshotServer(): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-e2e-'));
  const dist = path.join(dir, 'dist');
  await snapshotDist(dist);
  const db = createDb({ dialect: 'sqlite', file: path.join(dir, 'rbm.sqlite') });
  await migrateToLatest(db);
  await seed(db, { demo: true, now: E2E_NOW });
  const app = await buildApp({ db, clientDist: dist, logLevel: 'warn', now: () => E2E_NOW });
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
