// The built server (scripts/build-server.mjs) runs on plain Node, where the .ts migrations cannot be
// imported at run time: it must carry every migration in /migrations compiled in. Checked by building the
// migrator as `npm start` builds the server and migrating a fresh SQLite file with it in a plain Node.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, SERVER_BUNDLE } from '../../../scripts/build-server.mjs';
import { REPO_ROOT } from '../config.ts';

// beside the real bundle, so the packages it leaves as imports resolve from the same node_modules
const outdir = path.join(path.dirname(SERVER_BUNDLE), `test-${process.pid}`);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-bundle-'));

afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

describe('the built server', () => {
  it('migrates a fresh database on plain Node with every migration of /migrations', async () => {
    await buildServer({
      entryPoints: {
        migrator: path.join(REPO_ROOT, 'server/src/db/migrator.ts'),
        connection: path.join(REPO_ROOT, 'server/src/db/connection.ts'),
      },
      outdir,
    });
    const file = path.join(work, 'rbm.sqlite');
    const script = [
      `import { migrateToLatest } from ${JSON.stringify(pathToFileURL(path.join(outdir, 'migrator.mjs')).href)};`,
      `import { createDb } from ${JSON.stringify(pathToFileURL(path.join(outdir, 'connection.mjs')).href)};`,
      `const db = createDb({ dialect: 'sqlite', file: ${JSON.stringify(file)} });`,
      'console.log(JSON.stringify(await migrateToLatest(db)));',
      'await db.destroy();',
    ].join('\n');
    // a plain Node without tsx or Vitest's loader, as under `npm start`
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: work,
      encoding: 'utf8',
    });
    const expected = fs
      .readdirSync(path.join(REPO_ROOT, 'migrations'))
      .filter((f) => /^\d{4}_[a-z0-9_]+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(JSON.parse(output)).toEqual(expected);
  });
});
