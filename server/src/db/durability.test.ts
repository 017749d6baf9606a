// Durability of acknowledged writes and of backups, on real files with a real server process (SQLite in
// every project: these are about the SQLite file, so they run the same under server-pg).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/build-test-app.ts';
import {
  prepareWriteDatabase,
  slotKey,
  startServerProcess,
  startWriteStream,
  type Acknowledged,
  type ServerProcess,
} from '../../test/write-stream.ts';
import { sql } from 'kysely';
import { loadConfig } from '../config.ts';
import { backupSqlite, checkIntegrity } from './backup.ts';
import { createDb } from './connection.ts';
import { acquireDatabaseLock } from './database-lock.ts';
import { migrationNames } from './migrator.ts';
import { restoreSqlite } from './restore.ts';

/** Each slot's stored value and version, read straight from the file. */
function storedValues(file: string): { values: Map<string, Acknowledged>; integrity: string } {
  const connection = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const rows = connection
      .prepare('SELECT kpi_id, period, value, version FROM kpi_value WHERE region_id IS NULL')
      .all() as { kpi_id: number; period: string; value: number; version: number }[];
    return {
      integrity: checkIntegrity(connection),
      values: new Map(rows.map((r) => [slotKey({ kpiId: r.kpi_id, period: r.period }), r])),
    };
  } finally {
    connection.close();
  }
}

/** Every acknowledged write is stored: the same version and value, or a later version of the slot. */
function missing(acknowledged: Map<string, Acknowledged>, stored: Map<string, Acknowledged>): string[] {
  return [...acknowledged].flatMap(([key, ack]) => {
    const row = stored.get(key);
    const kept =
      row && (row.version > ack.version || (row.version === ack.version && row.value === ack.value));
    return kept
      ? []
      : [
          `${key}: acknowledged v${ack.version}=${ack.value}, stored ${row ? `v${row.version}=${row.value}` : 'nothing'}`,
        ];
  });
}

describe('durability on a SQLite file', () => {
  let folder: string;
  let file: string;
  let server: ServerProcess | undefined;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-durability-'));
    file = path.join(folder, 'rbm.sqlite');
  });
  afterEach(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('opens SQLite with synchronous FULL unless RBM_SQLITE_SYNCHRONOUS says NORMAL', async () => {
    const level = async (env: Record<string, string>) => {
      const db = createDb(loadConfig({ DATABASE_URL: `file:${file}`, ...env }).database);
      try {
        return (await sql<{ synchronous: number }>`pragma synchronous`.execute(db)).rows[0]?.synchronous;
      } finally {
        await db.destroy();
      }
    };
    expect(await level({})).toBe(2); // FULL
    expect(await level({ RBM_SQLITE_SYNCHRONOUS: 'normal' })).toBe(1); // NORMAL
  });

  it('keeps every acknowledged write when the server is killed (SIGKILL) in the middle of a stream of writes', async () => {
    const { token, slots } = await prepareWriteDatabase(file);
    server = await startServerProcess(file);
    const stream = startWriteStream(server, token, slots);
    await stream.waitFor(300);
    server.child.kill('SIGKILL');
    await server.exited;
    await stream.stop();

    const { values, integrity } = storedValues(file);
    expect(integrity).toBe('ok');
    expect(stream.acknowledged.size).toBeGreaterThan(0);
    expect(missing(stream.acknowledged, values)).toEqual([]);
    // the killed server's lock died with it: a restore or reset may take the database at once
    expect(() => acquireDatabaseLock(file, 'exclusive').release()).not.toThrow();
  }, 60_000);

  it('restores a backup taken under a write load with every write acknowledged before the backup began', async () => {
    const { token, slots } = await prepareWriteDatabase(file);
    server = await startServerProcess(file);
    const stream = startWriteStream(server, token, slots);
    await stream.waitFor(200);
    const beforeBackup = new Map(stream.acknowledged);
    const backup = await backupSqlite(file, path.join(folder, 'backups'), 'manual', TEST_NOW);
    await stream.waitFor(100); // writes go on after the backup: they are not in it
    const known = await migrationNames();
    const restore = () =>
      restoreSqlite({
        backupFile: backup.file,
        databaseFile: file,
        known,
        now: TEST_NOW,
        confirm: async () => true,
      });
    await expect(restore()).rejects.toThrow(/in use by a running server/);
    await stream.stop();
    server.child.kill('SIGTERM');
    await server.exited;
    const live = storedValues(file).values;

    expect(backup).toMatchObject({
      integrity: 'ok',
      file: path.join(folder, 'backups', 'rbm-2026-11-23T090000Z.sqlite'),
    });
    const result = await restore();
    expect(result).toMatchObject({
      restored: true,
      safetyFile: path.join(folder, 'rbm-before-restore-2026-11-23T090000Z.sqlite'),
    });
    const restored = storedValues(file);
    expect(restored.integrity).toBe('ok');
    expect(missing(beforeBackup, restored.values)).toEqual([]);
    // it is the backup that was restored (the writes after it are missing), and the safety copy is the
    // database as it was before the restore
    expect(missing(stream.acknowledged, restored.values)).not.toEqual([]);
    expect(storedValues(result.safetyFile ?? '').values).toEqual(live);
  }, 60_000);
});
