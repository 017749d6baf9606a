// Online copies of a SQLite database (SQLite's backup API, which reads one consistent snapshot while the
// server goes on writing), each checked with PRAGMA integrity_check before it gets its final name, and
// the names they go by: <database>-<UTC time>.sqlite, scheduled ones <database>-scheduled-<UTC time>.sqlite.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';
import { StartupError } from '../config.ts';

export type BackupKind = 'manual' | 'scheduled' | 'before-restore';

export interface BackupResult {
  file: string;
  bytes: number;
  /** "ok", or what PRAGMA integrity_check found (then the file ends in .failed-check). */
  integrity: string;
}

/** better-sqlite3 as the worker loads it, whatever its working folder. */
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

/** More pages than any database has: the copy is one step, so it cannot be restarted by writes. */
export const ALL_PAGES = 0x7fffffff;

const KIND_TAG: Record<BackupKind, string> = {
  manual: '',
  scheduled: '-scheduled',
  'before-restore': '-before-restore',
};

/** 2026-11-23T09:00:00.000Z -> 2026-11-23T090000Z: sorts by time, valid in every file system. */
function stampOf(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '');
}

function baseOf(databaseFile: string): string {
  return path.basename(databaseFile).replace(/\.(sqlite3?|db)$/i, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A file name not yet taken in the folder: name.sqlite, else name-2.sqlite, name-3.sqlite... */
export function backupPath(folder: string, databaseFile: string, kind: BackupKind, now: Date): string {
  const name = `${baseOf(databaseFile)}${KIND_TAG[kind]}-${stampOf(now)}`;
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? `${name}.sqlite` : `${name}-${n}.sqlite`);
    if (!fs.existsSync(candidate) && !fs.existsSync(`${candidate}.partial`)) return candidate;
  }
}

/** The backups of one kind in a folder, oldest first, with the time in their names. */
export function listBackups(
  folder: string,
  databaseFile: string,
  kind: BackupKind,
): { file: string; takenAt: Date }[] {
  const pattern = new RegExp(
    `^${escapeRegExp(baseOf(databaseFile) + KIND_TAG[kind])}-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z(?:-(\\d+))?\\.sqlite$`,
  );
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = pattern.exec(name);
      if (!m) return [];
      const takenAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
      return [{ file: path.join(folder, name), takenAt, n: Number(m[5] ?? 1) }];
    })
    .sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime() || a.n - b.n)
    .map(({ file, takenAt }) => ({ file, takenAt }));
}

/** Deletes the oldest backups of a kind beyond the newest `keep`; returns the files deleted. */
export function pruneBackups(folder: string, databaseFile: string, kind: BackupKind, keep: number): string[] {
  const backups = listBackups(folder, databaseFile, kind);
  const old = backups.slice(0, Math.max(0, backups.length - keep)).map((b) => b.file);
  for (const file of old) fs.rmSync(file, { force: true });
  return old;
}

/** 1234567 -> "1.2 MB (1,234,567 bytes)" */
export function describeSize(bytes: number): string {
  const size =
    bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
  return `${size} (${bytes.toLocaleString('en-US')} bytes)`;
}

/** PRAGMA integrity_check: "ok", or its first findings on one line. */
export function checkIntegrity(connection: SqliteDatabase.Database): string {
  return (connection.prepare('PRAGMA integrity_check(10)').pluck().all() as string[]).join('; ');
}

/** Makes a rename in the folder survive a power cut. */
export function syncFolder(folder: string): void {
  const fd = fs.openSync(folder, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The copy and its check run in a worker thread: on a database of 45 MB they take about a second of
 * CPU, which in the server's own thread would stall every request. Plain JavaScript, so that it runs
 * the same from TypeScript sources and from a build.
 */
const COPY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
(async () => {
  const source = new Database(workerData.source, { fileMustExist: true, readonly: workerData.readonly });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(workerData.target, { progress: () => workerData.allPages });
  } finally {
    source.close();
  }
  const copy = new Database(workerData.target, { fileMustExist: true });
  try {
    const integrity = copy.prepare('PRAGMA integrity_check(10)').pluck().all().join('; ');
    if (integrity === 'ok') copy.pragma('journal_mode = DELETE');
    parentPort.postMessage({ integrity });
  } finally {
    copy.close();
  }
})().catch((error) => parentPort.postMessage({ error: error.message }));
`;

/**
 * Copies the database `source` into `target` in one step (one snapshot, so writes meanwhile cannot
 * restart it), checks the copy and leaves it as a single file (rollback journal rather than WAL, so no
 * -wal file belongs to it). Resolves with the check: "ok" or what it found.
 */
export function copyChecked(source: string, target: string, options: { readonly: boolean }): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(COPY_WORKER, {
      eval: true,
      workerData: { driver: DRIVER, source, target, readonly: options.readonly, allPages: ALL_PAGES },
    });
    worker.once('message', (message: { integrity?: string; error?: string }) => {
      if (message.integrity !== undefined) resolve(message.integrity);
      else reject(new Error(message.error ?? 'the copy failed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the copy stopped (exit code ${code})`)));
  });
}

/**
 * An online backup of the SQLite database into the folder. The copy is named only once it is complete
 * and checked (until then it is <name>.partial); a copy that fails the check is kept as
 * <name>.failed-check for inspection and the result says what was found.
 */
export async function backupSqlite(
  databaseFile: string,
  folder: string,
  kind: 'manual' | 'scheduled',
  now: Date,
): Promise<BackupResult> {
  if (!fs.existsSync(databaseFile)) {
    throw new StartupError(`There is no database at ${databaseFile} to back up`);
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    throw new StartupError(`Cannot write backups to ${folder}: ${(error as NodeJS.ErrnoException).code}`);
  }
  const target = backupPath(folder, databaseFile, kind, now);
  const partial = `${target}.partial`;
  let integrity: string;
  try {
    integrity = await copyChecked(databaseFile, partial, { readonly: false });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new StartupError(`Backup of ${databaseFile} failed: ${(error as Error).message}`);
  }
  const file = integrity === 'ok' ? target : `${target}.failed-check`;
  fs.renameSync(partial, file);
  syncFolder(folder);
  return { file, bytes: fs.statSync(file).size, integrity };
}
