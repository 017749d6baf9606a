// Who may use a SQLite database file at the same time. Servers and the db: commands share it; db:restore
// and db:reset need it alone. The lock is SQLite's own file lock on an empty companion file beside the
// database (`<database>.lock`, never deleted): a shared lock is an open read transaction, the exclusive
// lock an open exclusive transaction. The operating system drops a process's locks when it ends, however
// it ends (SIGKILL, power cut), so a lock cannot go stale the way a pid file can.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { StartupError, type DatabaseLocation } from '../config.ts';

export type LockMode = 'shared' | 'exclusive';

export interface DatabaseLock {
  readonly lockFile: string;
  release: () => void;
}

export function lockFileOf(databaseFile: string): string {
  return `${databaseFile}.lock`;
}

/** The SQLite file a location names, or null (in memory, PostgreSQL): nothing to lock or copy. */
export function sqliteFileOf(location: DatabaseLocation): string | null {
  return location.dialect === 'sqlite' && location.file !== ':memory:' ? location.file : null;
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * Takes the lock or fails at once with one line saying who holds it. A shared lock waits up to
 * `waitMs` for an exclusive holder to finish (a server starting while a restore copies a file).
 */
export function acquireDatabaseLock(databaseFile: string, mode: LockMode, waitMs = 0): DatabaseLock {
  const lockFile = lockFileOf(databaseFile);
  let connection: SqliteDatabase.Database;
  try {
    fs.mkdirSync(path.dirname(lockFile), { recursive: true });
    connection = new SqliteDatabase(lockFile);
  } catch (error) {
    throw new StartupError(`Cannot open the lock file ${lockFile}: ${(error as Error).message}`);
  }
  try {
    connection.pragma(`busy_timeout = ${mode === 'shared' ? waitMs : 0}`);
    if (mode === 'shared') {
      connection.exec('BEGIN');
      // a read starts the transaction's shared lock, held until release
      connection.prepare('SELECT count(*) FROM sqlite_master').get();
    } else {
      connection.exec('BEGIN EXCLUSIVE');
    }
  } catch (error) {
    connection.close();
    if (!isBusy(error)) {
      throw new StartupError(`Cannot lock ${lockFile}: ${(error as Error).message}`);
    }
    throw new StartupError(
      mode === 'shared'
        ? `${databaseFile} is being restored or reset (${lockFile} is held): wait until that has finished`
        : `${databaseFile} is in use by a running server or another npm run db: command (they hold ${lockFile}): stop it first`,
    );
  }
  let released = false;
  return {
    lockFile,
    release: () => {
      if (released) return;
      released = true;
      connection.close(); // closing ends the transaction and with it the lock
    },
  };
}
