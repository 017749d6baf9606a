// Database refusals caused by other writers, not by a bug or by the request: another process holding
// SQLite's write lock beyond the busy timeout, a PostgreSQL deadlock or serialization failure, or a row
// another transaction inserted between our check and our insert. They answer 503 (try again) or 409
// (load again) as problem+json, never 500.
import { AppError } from '../errors.ts';

const BUSY = new Set([
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_RECOVERY',
  'SQLITE_LOCKED',
  '40001',
  '40P01',
  '55P03',
]);
const DUPLICATE = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);

/** The answer to a database error of concurrency, or null for any other error. */
export function concurrencyProblem(error: unknown): AppError | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return null;
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
