// Puts a backup in place of the SQLite database: only a backup that passes PRAGMA integrity_check and was
// written by this code's migrations or older ones (older ones are migrated at the next start), only while
// no server or db: command has the database open (the exclusive lock of database-lock.ts), and the
// replaced database is kept beside it as <database>-before-restore-<UTC time>.sqlite.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { StartupError } from '../config.ts';
import { backupPath, checkIntegrity, copyChecked, syncFolder } from './backup.ts';
import { acquireDatabaseLock } from './database-lock.ts';

export interface BackupInspection {
  /** Migrations the backup has applied, in order. */
  applied: string[];
  /** This code's migrations the backup has not applied yet: run at the next start. */
  pending: string[];
}

export interface RestorePlan {
  backupFile: string;
  databaseFile: string;
  inspection: BackupInspection;
  /** Where the database being replaced will be kept; null when there is none. */
  safetyFile: string | null;
}

export type RestoreResult = ({ restored: true } | { restored: false }) & RestorePlan;

function openReadOnly(file: string): SqliteDatabase.Database {
  if (!fs.existsSync(file)) throw new StartupError(`There is no file ${file}`);
  try {
    return new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StartupError(`Cannot open ${file}: ${(error as Error).message}`);
  }
}

/**
 * Refuses (one line, nothing changed) a file that is not a sound database of this application or that
 * comes from newer code; says which of this code's migrations it still lacks.
 */
export function inspectBackup(file: string, known: readonly string[]): BackupInspection {
  const connection = openReadOnly(file);
  try {
    let integrity: string;
    try {
      integrity = checkIntegrity(connection);
    } catch (error) {
      integrity = (error as Error).message;
    }
    if (integrity !== 'ok') {
      throw new StartupError(`${file} fails its integrity check (${integrity}); nothing was changed`);
    }
    const hasMigrations = connection
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    if (!hasMigrations) {
      throw new StartupError(`${file} is not a database of this application (it has no migrations table)`);
    }
    const applied = connection
      .prepare('SELECT name FROM kysely_migration ORDER BY name')
      .pluck()
      .all() as string[];
    const unknown = applied.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new StartupError(
        `${file} was written by a newer version of this application (migrations ${unknown.join(', ')} ` +
          'are unknown here): restore it with that version; nothing was changed',
      );
    }
    return { applied, pending: known.filter((name) => !applied.includes(name)) };
  } finally {
    connection.close();
  }
}

/** Moves the current database (and its write-ahead log, if it could not be folded in) to `safetyFile`. */
function moveAside(databaseFile: string, safetyFile: string): void {
  try {
    const current = new SqliteDatabase(databaseFile, { fileMustExist: true });
    try {
      // fold the write-ahead log into the file, so that the safety copy is one self-contained file
      current.pragma('wal_checkpoint(TRUNCATE)');
      current.pragma('journal_mode = DELETE');
    } finally {
      current.close();
    }
  } catch {
    // a damaged database is kept as it is, its write-ahead log beside it
  }
  fs.renameSync(databaseFile, safetyFile);
  if (fs.existsSync(`${databaseFile}-wal`)) fs.renameSync(`${databaseFile}-wal`, `${safetyFile}-wal`);
  fs.rmSync(`${databaseFile}-shm`, { force: true });
}

/**
 * Restores `backupFile` into `databaseFile`. `confirm` sees the plan once the backup has been checked and
 * the database locked; answering false changes nothing.
 */
export async function restoreSqlite(options: {
  backupFile: string;
  databaseFile: string;
  known: readonly string[];
  now: Date;
  confirm: (plan: RestorePlan) => Promise<boolean>;
}): Promise<RestoreResult> {
  const backupFile = path.resolve(options.backupFile);
  const { databaseFile } = options;
  if (backupFile === path.resolve(databaseFile)) {
    throw new StartupError(`${backupFile} is the database itself: name a backup`);
  }
  const inspection = inspectBackup(backupFile, options.known);
  const lock = acquireDatabaseLock(databaseFile, 'exclusive');
  try {
    const folder = path.dirname(databaseFile);
    const plan: RestorePlan = {
      backupFile,
      databaseFile,
      inspection,
      safetyFile: fs.existsSync(databaseFile)
        ? backupPath(folder, databaseFile, 'before-restore', options.now)
        : null,
    };
    if (!(await options.confirm(plan))) return { restored: false, ...plan };

    // the copy is made and checked before the current database is touched
    const incoming = `${databaseFile}.restoring`;
    try {
      fs.mkdirSync(folder, { recursive: true });
      const integrity = await copyChecked(backupFile, incoming, { readonly: true });
      if (integrity !== 'ok') throw new Error(`the copy fails its integrity check (${integrity})`);
    } catch (error) {
      fs.rmSync(incoming, { force: true });
      throw new StartupError(`Cannot copy ${backupFile}: ${(error as Error).message}; nothing was changed`);
    }
    if (plan.safetyFile) moveAside(databaseFile, plan.safetyFile);
    fs.rmSync(`${databaseFile}-wal`, { force: true });
    fs.rmSync(`${databaseFile}-shm`, { force: true });
    fs.renameSync(incoming, databaseFile);
    syncFolder(folder);
    return { restored: true, ...plan };
  } finally {
    lock.release();
  }
}
