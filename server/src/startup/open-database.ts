// Opens the configured database for the server or a command. A SQLite file is first locked in shared
// mode (db/database-lock.ts), so that db:restore and db:reset refuse while it is open, and it is not
// opened while one of them runs.
import type { DatabaseLocation } from '../config.ts';
import { createDb, type Db } from '../db/connection.ts';
import { acquireDatabaseLock, sqliteFileOf } from '../db/database-lock.ts';

/** How long a server or command waits for a restore or reset in progress before giving up. */
const WAIT_FOR_EXCLUSIVE_MS = 5000;

export function openDatabase(location: DatabaseLocation): { db: Db; close: () => Promise<void> } {
  const file = sqliteFileOf(location);
  const lock = file === null ? null : acquireDatabaseLock(file, 'shared', WAIT_FOR_EXCLUSIVE_MS);
  try {
    const db = createDb(location);
    return {
      db,
      close: async () => {
        await db.destroy();
        lock?.release();
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
