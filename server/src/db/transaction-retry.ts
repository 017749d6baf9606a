// PostgreSQL may end a transaction to break a deadlock (40P01) or a serialization failure (40001): its
// manual says to run such a transaction again. Short transactions whose work is only database statements
// (signing in and out, the sign-in counters) run through here, so a planner never sees a 503 for a race
// another sign-in caused. After the last attempt the error goes on (answered 503 database_busy).
import { isRetryableConflict } from './concurrency-errors.ts';
import type { Db } from './connection.ts';

/** Runs `work` in a transaction, again (up to `attempts` times in all) when the database ends it in a race. */
export async function transactionWithRetry<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  attempts = 4,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      // a little jitter, so the transactions that met do not meet again at once
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}
