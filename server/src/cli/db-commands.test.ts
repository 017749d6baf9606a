// npm run db:backup, db:restore and db:reset as child processes on a SQLite file in a temp folder (in
// every project): what they print, what they refuse, and that nothing is lost without a confirmation.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../fixtures/seed.ts';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { REPO_ROOT } from '../config.ts';
import { createDb } from '../db/connection.ts';
import { acquireDatabaseLock } from '../db/database-lock.ts';
import { migrateToLatest } from '../db/migrator.ts';

const run = promisify(execFile);
let folder: string;
let file: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-db-commands-'));
  file = path.join(folder, 'rbm.sqlite');
  const db = createDb({ dialect: 'sqlite', file });
  await migrateToLatest(db);
  await seed(db, { demo: false, now: TEST_NOW });
  await db.destroy();
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Runs a command (no terminal: stdin is not a TTY); resolves with its output and exit code. */
async function cli(command: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'server/src/cli', `${command}.ts`), ...args],
      {
        cwd: REPO_ROOT,
        env: { DATABASE_URL: `file:${file}`, RBM_DEMO: 'false', LOG_LEVEL: 'silent', ...env },
        timeout: 30_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

function planName(target: string): string | undefined {
  const connection = new SqliteDatabase(target, { fileMustExist: true });
  try {
    return (
      connection.prepare("SELECT name FROM plan WHERE code = 'SP-2024-2027'").get() as
        { name: string } | undefined
    )?.name;
  } finally {
    connection.close();
  }
}

function renamePlan(name: string): void {
  const connection = new SqliteDatabase(file, { fileMustExist: true });
  connection.prepare("UPDATE plan SET name = ? WHERE code = 'SP-2024-2027'").run(name);
  connection.close();
}

describe('npm run db:backup and db:restore', () => {
  it('backs up into the folder named, prints file, size and check, and restores it after asking for --yes', async () => {
    renamePlan('Backed up');
    const backups = path.join(folder, 'backups');
    const backup = await cli('db-backup', [backups]);
    expect(backup.code).toBe(0);
    const [fileLine, sizeLine, checkLine] = backup.stdout.trim().split('\n');
    const copy = /^Backup: {4}(.+\.sqlite)$/.exec(fileLine ?? '')?.[1] ?? '';
    expect(path.dirname(copy)).toBe(backups);
    expect(sizeLine).toBe(
      `Size:      ${(fs.statSync(copy).size / 1024).toFixed(1)} KB (${fs.statSync(copy).size.toLocaleString('en-US')} bytes)`,
    );
    expect(checkLine).toBe('Integrity: ok');

    renamePlan('Changed since');
    const unconfirmed = await cli('db-restore', [copy]);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stdout).toContain(
      `Replaces:  ${file}, which is kept as ${folder}${path.sep}rbm-before-restore-`,
    );
    expect(unconfirmed.stderr).toBe(
      `Failed: db:restore replaces ${file}; no terminal to ask on, so pass --yes\n`,
    );
    expect(planName(file)).toBe('Changed since');

    const server = acquireDatabaseLock(file, 'shared'); // as a running server holds it
    const refused = await cli('db-restore', [copy, '--yes']);
    server.release();
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toContain('is in use by a running server or another npm run db: command');

    const restored = await cli('db-restore', [copy, '--yes']);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^Backup: {4}.+ \(integrity ok, migrations up to \d{4}_\w+\)\n/);
    expect(restored.stdout).toContain(`Restored ${file} from ${copy}. Start the server again: npm start`);
    expect(planName(file)).toBe('Backed up');
    const safety = fs.readdirSync(folder).filter((name) => name.startsWith('rbm-before-restore-'));
    expect(safety).toHaveLength(1);
    expect(planName(path.join(folder, safety[0] ?? ''))).toBe('Changed since');
  }, 90_000);

  it('points a PostgreSQL server to pg_dump and pg_restore instead of failing obscurely', async () => {
    const env = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    expect(await cli('db-backup', [], env)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'Failed: db:backup works on a SQLite file and this server uses PostgreSQL: back it up with pg_dump (README, Operations)\n',
    });
    expect((await cli('db-restore', ['x.dump'], env)).stderr).toBe(
      'Failed: db:restore works on a SQLite file and this server uses PostgreSQL: restore a pg_dump archive with pg_restore (README, Operations)\n',
    );
  }, 60_000);
});

describe('npm run db:reset', () => {
  it('refuses without a terminal and without --yes, and deletes nothing', async () => {
    renamePlan('Keep me');
    const result = await cli('db-reset', []);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: `Failed: db:reset deletes ${file} and everything in it; no terminal to ask on, so pass --yes\n`,
    });
    expect(planName(file)).toBe('Keep me');
  }, 60_000);

  it('with --yes rebuilds the database from the fixtures', async () => {
    renamePlan('Keep me');
    const result = await cli('db-reset', ['--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Deleted ${file}`);
    expect(planName(file)).toBe('ITU Strategic Plan 2024-2027');
  }, 60_000);
});
