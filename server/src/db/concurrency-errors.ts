// Database refusals caused by other writers, not by a bug or by the request: another process holding
// SQLite's write lock beyond the busy timeout, a PostgreSQL deadlock or serialization failure, or a row
// another transaction inserted between our check and our insert. They answer 503 (try again) or 409
// (load again) as problem+json, never 500.
import { AppError } from '../errors.ts';

/**
 * PostgreSQL ended the transaction to break a deadlock (40P01) or on a serialization failure (40001): its
 * manual says to run such a transaction again (db/transaction-retry.ts), and when it fails still, busy.
 */
const RETRYABLE = new Set(['40P01', '40001']);
const BUSY = new Set([
  ...RETRYABLE,
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_LOCKED',
  '55P03',
]);
const DUPLICATE = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);

function errorCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** A race the database ended a transaction for, which running the transaction again may get past. */
export function isRetryableConflict(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && RETRYABLE.has(code);
}

/** The answer to a database error of concurrency, or null for any other error. */
export function concurrencyProblem(error: unknown): AppError | null {
  const code = errorCode(error);
  if (code === undefined) return null;
  if (BUSY.has(code)) {
    return new AppError(
      503,
      'database_busy',
      'The database is busy with other changes: try again in a moment',
      undefined,
      { 'retry-after': '1' },
    );
  }
  if (DUPLICATE.has(code)) {
    return new AppError(
      409,
      'write_conflict',
      'Someone else saved the same item at the same moment: load it again',
    );
  }
  return null;
}
