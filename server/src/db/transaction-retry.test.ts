// A transaction ended by the database in a race (PostgreSQL's deadlock 40P01, serialization failure 40001)
// runs again from the start, its first attempt rolled back; any other error goes on at once.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { transactionWithRetry } from './transaction-retry.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table retry_probe (attempt integer not null)`.execute(database.db);
});
afterAll(async () => database.drop());
beforeEach(async () => {
  await sql`delete from retry_probe`.execute(database.db);
});

const raced = (code: string) => Object.assign(new Error('deadlock detected'), { code });
const stored = async () =>
  (await sql<{ attempt: number }>`select attempt from retry_probe`.execute(database.db)).rows.map((r) =>
    Number(r.attempt),
  );

describe('transactionWithRetry', () => {
  it('runs the work again after a deadlock, keeping only the attempt that committed', async () => {
    let attempts = 0;
    const result = await transactionWithRetry(database.db, async (tx) => {
      attempts += 1;
      await sql`insert into retry_probe (attempt) values (${attempts})`.execute(tx);
      if (attempts < 3) throw raced(attempts === 1 ? '40P01' : '40001');
      return 'saved';
    });
    expect(result).toBe('saved');
    expect(attempts).toBe(3);
    expect(await stored()).toEqual([3]);
  });

  it('gives up after the last attempt and lets the error go on (answered 503 database_busy)', async () => {
    let attempts = 0;
    const run = transactionWithRetry(
      database.db,
      async (tx) => {
        attempts += 1;
        await sql`insert into retry_probe (attempt) values (${attempts})`.execute(tx);
        throw raced('40P01');
      },
      2,
    );
    await expect(run).rejects.toMatchObject({ code: '40P01' });
    expect(attempts).toBe(2);
    expect(await stored()).toEqual([]);
  });

  it('does not run the work again for any other error', async () => {
    let attempts = 0;
    const run = transactionWithRetry(database.db, async () => {
      attempts += 1;
      throw Object.assign(new Error('duplicate key'), { code: '23505' });
    });
    await expect(run).rejects.toMatchObject({ code: '23505' });
    expect(attempts).toBe(1);
  });
});
