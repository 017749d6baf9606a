// Backups, their names and pruning, the checks before a restore, the restore itself and the lock that
// keeps it from running under a server: on SQLite files in a temp folder (in every project).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seed } from '../../../fixtures/seed.ts';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { StartupError } from '../config.ts';
import { backupPath, backupSqlite, listBackups, pruneBackups } from './backup.ts';
import { createDb } from './connection.ts';
import { acquireDatabaseLock } from './database-lock.ts';
import { migrateToLatest, migrationNames } from './migrator.ts';
import { inspectBackup, restoreSqlite } from './restore.ts';

let folder: string;
let file: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-backup-'));
  file = path.join(folder, 'rbm.sqlite');
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

async function makeDatabase(target: string, planName: string): Promise<void> {
  const db = createDb({ dialect: 'sqlite', file: target });
  await migrateToLatest(db);
  await seed(db, { demo: false, now: TEST_NOW });
  await db.updateTable('plan').set({ name: planName }).where('code', '=', 'SP-2024-2027').execute();
  await db.destroy();
}

function query<T>(target: string, sql: string): T[] {
  const connection = new SqliteDatabase(target, { readonly: true, fileMustExist: true });
  try {
    return connection.prepare(sql).all() as T[];
  } finally {
    connection.close();
  }
}

const planName = (target: string) =>
  query<{ name: string }>(target, "SELECT name FROM plan WHERE code = 'SP-2024-2027'")[0]?.name;

const at = (hour: number) => new Date(Date.UTC(2026, 10, 23, hour, 0, 0));

describe('backup', () => {
  it('writes a checked, single-file copy named by the time, a second one in the same second beside it', async () => {
    await makeDatabase(file, 'Original');
    const backups = path.join(folder, 'backups');
    const first = await backupSqlite(file, backups, 'manual', TEST_NOW);
    const second = await backupSqlite(file, backups, 'manual', TEST_NOW);
    expect(first).toMatchObject({
      file: path.join(backups, 'rbm-2026-11-23T090000Z.sqlite'),
      integrity: 'ok',
    });
    expect(second.file).toBe(path.join(backups, 'rbm-2026-11-23T090000Z-2.sqlite'));
    expect(first.bytes).toBe(fs.statSync(first.file).size);
    expect(fs.readdirSync(backups).sort()).toEqual([
      'rbm-2026-11-23T090000Z-2.sqlite',
      'rbm-2026-11-23T090000Z.sqlite',
    ]);
    expect(planName(first.file)).toBe('Original');
    expect(query<{ journal_mode: string }>(first.file, 'PRAGMA journal_mode')).toEqual([
      { journal_mode: 'delete' },
    ]);
  });

  it('says in one line that there is no database to back up', async () => {
    await expect(backupSqlite(file, folder, 'manual', TEST_NOW)).rejects.toThrow(
      `There is no database at ${file} to back up`,
    );
  });

  it('lists scheduled backups oldest first and prunes only the oldest scheduled ones', () => {
    const names = [
      'rbm-scheduled-2026-11-23T100000Z.sqlite',
      'rbm-scheduled-2026-11-22T090000Z.sqlite',
      'rbm-scheduled-2026-11-23T100000Z-2.sqlite',
      'rbm-scheduled-2026-11-23T080000Z.sqlite',
      'rbm-2026-11-01T000000Z.sqlite',
      'rbm-before-restore-2026-11-02T000000Z.sqlite',
      'other-scheduled-2026-11-01T000000Z.sqlite',
      'rbm-scheduled-2026-11-24T000000Z.sqlite.partial',
    ];
    for (const name of names) fs.writeFileSync(path.join(folder, name), '');
    expect(listBackups(folder, file, 'scheduled').map((b) => path.basename(b.file))).toEqual([
      'rbm-scheduled-2026-11-22T090000Z.sqlite',
      'rbm-scheduled-2026-11-23T080000Z.sqlite',
      'rbm-scheduled-2026-11-23T100000Z.sqlite',
      'rbm-scheduled-2026-11-23T100000Z-2.sqlite',
    ]);
    expect(listBackups(folder, file, 'scheduled')[0]?.takenAt).toEqual(new Date('2026-11-22T09:00:00Z'));
    expect(pruneBackups(folder, file, 'scheduled', 2).map((f) => path.basename(f))).toEqual([
      'rbm-scheduled-2026-11-22T090000Z.sqlite',
      'rbm-scheduled-2026-11-23T080000Z.sqlite',
    ]);
    expect(fs.readdirSync(folder)).toHaveLength(names.length - 2);
    expect(listBackups(path.join(folder, 'none'), file, 'scheduled')).toEqual([]);
  });

  it('names a copy after the database file without its extension', () => {
    expect(path.basename(backupPath(folder, '/srv/plan.db', 'scheduled', at(7)))).toBe(
      'plan-scheduled-2026-11-23T070000Z.sqlite',
    );
  });
});

describe('the checks before a restore', () => {
  it('refuses a damaged file, a file that is no database, and a database of something else', async () => {
    const known = await migrationNames();
    await makeDatabase(file, 'Original');
    const { file: copy } = await backupSqlite(file, folder, 'manual', TEST_NOW);
    const bytes = fs.readFileSync(copy);
    bytes.fill(0x5a, 4096 * 2, 4096 * 6); // pages 3 to 6 overwritten
    fs.writeFileSync(copy, bytes);
    expect(() => inspectBackup(copy, known)).toThrow(/fails its integrity check \(.+\); nothing was changed/);

    const text = path.join(folder, 'notes.txt');
    fs.writeFileSync(text, 'not a database at all, just a text file that is long enough to have a header');
    expect(() => inspectBackup(text, known)).toThrow(
      /notes\.txt fails its integrity check \(file is not a database\)/,
    );

    const other = path.join(folder, 'other.sqlite');
    new SqliteDatabase(other).exec('CREATE TABLE t (x)').close();
    expect(() => inspectBackup(other, known)).toThrow('is not a database of this application');
    expect(() => inspectBackup(path.join(folder, 'gone.sqlite'), known)).toThrow('There is no file');
  });

  it('refuses a backup of a newer version and accepts an older one, naming the migrations it lacks', async () => {
    const known = await migrationNames();
    await makeDatabase(file, 'Original');
    expect(inspectBackup(file, known)).toEqual({ applied: known, pending: [] });
    expect(inspectBackup(file, [...known, '9998_later', '9999_latest'])).toEqual({
      applied: known,
      pending: ['9998_later', '9999_latest'],
    });
    expect(() => inspectBackup(file, known.slice(0, -1))).toThrow(
      `was written by a newer version of this application (migrations ${known.at(-1)} are unknown here)`,
    );
  });
});

describe('restore', () => {
  it('replaces the database, keeps the replaced one beside it, and changes nothing when not confirmed', async () => {
    const known = await migrationNames();
    await makeDatabase(file, 'Backed up');
    const { file: backup } = await backupSqlite(file, path.join(folder, 'backups'), 'manual', at(8));
    const db = createDb({ dialect: 'sqlite', file });
    await db.updateTable('plan').set({ name: 'Changed since' }).where('code', '=', 'SP-2024-2027').execute();
    await db.destroy();
    const options = { backupFile: backup, databaseFile: file, known, now: TEST_NOW };

    const declined = await restoreSqlite({ ...options, confirm: async () => false });
    expect(declined.restored).toBe(false);
    expect(planName(file)).toBe('Changed since');
    const kept = () => fs.readdirSync(folder).filter((name) => name.includes('before-restore'));
    expect(kept()).toEqual([]);

    const result = await restoreSqlite({ ...options, confirm: async () => true });
    const safety = path.join(folder, 'rbm-before-restore-2026-11-23T090000Z.sqlite');
    expect(result).toMatchObject({ restored: true, safetyFile: safety, inspection: { pending: [] } });
    expect(planName(file)).toBe('Backed up');
    expect(planName(safety)).toBe('Changed since');
    expect(kept()).toEqual(['rbm-before-restore-2026-11-23T090000Z.sqlite']);
    await expect(restoreSqlite({ ...options, backupFile: file, confirm: async () => true })).rejects.toThrow(
      'is the database itself',
    );
  });

  it('restores into a folder where there is no database yet', async () => {
    await makeDatabase(path.join(folder, 'elsewhere.sqlite'), 'Backed up');
    const result = await restoreSqlite({
      backupFile: path.join(folder, 'elsewhere.sqlite'),
      databaseFile: path.join(folder, 'new', 'rbm.sqlite'),
      known: await migrationNames(),
      now: TEST_NOW,
      confirm: async () => true,
    });
    expect(result).toMatchObject({ restored: true, safetyFile: null });
    expect(planName(path.join(folder, 'new', 'rbm.sqlite'))).toBe('Backed up');
  });

  it('refuses while a server holds the database, and goes ahead once it has let go', async () => {
    await makeDatabase(file, 'Original');
    const { file: backup } = await backupSqlite(file, path.join(folder, 'backups'), 'manual', TEST_NOW);
    const server = acquireDatabaseLock(file, 'shared');
    const restore = async () =>
      restoreSqlite({
        backupFile: backup,
        databaseFile: file,
        known: await migrationNames(),
        now: TEST_NOW,
        confirm: async () => true,
      });
    await expect(restore()).rejects.toThrow(
      `${file} is in use by a running server or another npm run db: command (they hold ${file}.lock): stop it first`,
    );
    server.release();
    await expect(restore()).resolves.toMatchObject({ restored: true });
  });
});

describe('the database lock', () => {
  it('is shared between servers and commands, exclusive for a restore, and says who is in the way', () => {
    const first = acquireDatabaseLock(file, 'shared');
    const second = acquireDatabaseLock(file, 'shared');
    expect(() => acquireDatabaseLock(file, 'exclusive')).toThrow(StartupError);
    first.release();
    expect(() => acquireDatabaseLock(file, 'exclusive')).toThrow(/in use by a running server/);
    second.release();
    const restore = acquireDatabaseLock(file, 'exclusive');
    expect(() => acquireDatabaseLock(file, 'shared', 50)).toThrow(
      `${file} is being restored or reset (${file}.lock is held): wait until that has finished`,
    );
    restore.release();
    restore.release(); // twice is harmless
    acquireDatabaseLock(file, 'shared').release();
  });
});
