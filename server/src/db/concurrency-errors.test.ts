// One list of the races a transaction is run again for (db/transaction-retry.ts), and what is answered when
// one still fails, or when another writer held the database: 503 database_busy, 409 write_conflict, never 500.
import { describe, expect, it } from 'vitest';
import { concurrencyProblem, isRetryableConflict } from './concurrency-errors.ts';

const failed = (code: unknown) => Object.assign(new Error('refused by the database'), { code });

describe('database errors of concurrency', () => {
  it('runs again a PostgreSQL deadlock or serialization failure, and answers 503 database_busy when it fails still', () => {
    for (const code of ['40P01', '40001']) {
      expect(isRetryableConflict(failed(code)), code).toBe(true);
      expect(concurrencyProblem(failed(code)), code).toMatchObject({ status: 503, code: 'database_busy' });
    }
  });

  it('answers other busy databases 503 and duplicates 409 without running them again', () => {
    for (const code of ['SQLITE_BUSY', 'SQLITE_LOCKED', '55P03']) {
      expect(isRetryableConflict(failed(code)), code).toBe(false);
      expect(concurrencyProblem(failed(code)), code).toMatchObject({ status: 503, code: 'database_busy' });
    }
    for (const code of ['SQLITE_CONSTRAINT_UNIQUE', '23505']) {
      expect(isRetryableConflict(failed(code)), code).toBe(false);
      expect(concurrencyProblem(failed(code)), code).toMatchObject({ status: 409, code: 'write_conflict' });
    }
  });

  it('leaves any other error alone', () => {
    for (const error of [failed('SQLITE_ERROR'), failed(40001), new Error('plain'), null, 'text']) {
      expect(isRetryableConflict(error)).toBe(false);
      expect(concurrencyProblem(error)).toBeNull();
    }
  });
});
