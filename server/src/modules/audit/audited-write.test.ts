// Writes sent together: each is all-or-nothing on its own (one that fails leaves no row and no audit, and
// does not undo the others), each is in the database once it is acknowledged, and on SQLite they share one
// commit (db/commit-group.ts), so the data revision is raised once for them all.
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { AppError } from '../../errors.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { auditedWrite, dataRevision, type WriteContext } from './audit.service.ts';

let database: TestDatabase;
const context: WriteContext = {
  actor: { userId: null, username: 'group-test', role: 'admin', priorityIds: null, via: 'token' },
  now: new Date('2026-06-30T12:00:00Z'),
};

beforeAll(async () => {
  database = await createTestDatabase({ onFile: true });
  await migrateToLatest(database.db);
  await sql`create table group_probe (name text not null)`.execute(database.db);
});
afterAll(async () => database.drop());

/** The probe's rows as another connection sees them (committed rows only). */
async function committedNames(): Promise<string[]> {
  if (database.dialect === 'sqlite') {
    const other = new SqliteDatabase(database.url.slice('file:'.length), { readonly: true });
    try {
      return (other.prepare('select name from group_probe order by name').all() as { name: string }[]).map(
        (r) => r.name,
      );
    } finally {
      other.close();
    }
  }
  const rows = await sql<{ name: string }>`select name from group_probe order by name`.execute(database.db);
  return rows.rows.map((r) => r.name);
}

const write = (name: string, fail?: 'conflict' | 'bug') =>
  auditedWrite(database.db, context, async (tx, audit) => {
    await sql`insert into group_probe (name) values (${name})`.execute(tx);
    await audit({ action: 'create', entity: 'group_probe', entityId: name, after: { name } });
    if (fail === 'conflict') throw new AppError(409, 'version_conflict', `${name} was changed meanwhile`);
    if (fail === 'bug') throw new Error(`${name} broke`);
    // what the caller is answered once the write is acknowledged: the row must be committed by then
    return name;
  });

describe('auditedWrite with writes sent together', () => {
  it('keeps each write all-or-nothing, acknowledges only committed writes, and raises the revision once on SQLite', async () => {
    const revisionBefore = await dataRevision({ db: database.db });
    const writes = [write('a'), write('b', 'conflict'), write('c'), write('d', 'bug'), write('e')];
    const outcomes = await Promise.allSettled(
      writes.map(async (w) => {
        const name = await w;
        // acknowledged: another connection sees it now
        expect(await committedNames()).toContain(name);
        return name;
      }),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'version_conflict' });
    expect((outcomes[3] as PromiseRejectedResult).reason).toMatchObject({ message: 'd broke' });
    expect(await committedNames()).toEqual(['a', 'c', 'e']);
    const audited = await database.db
      .selectFrom('auditLog')
      .select('entityId')
      .where('entity', '=', 'group_probe')
      .execute();
    // which writes are audited, not in which order: on PostgreSQL the five run in concurrent transactions
    expect(audited.map((r) => r.entityId).sort()).toEqual(['a', 'c', 'e']);
    const raised = (await dataRevision({ db: database.db })) - revisionBefore;
    expect(raised).toBe(database.dialect === 'sqlite' ? 1 : 3);
  });

  it('runs a write sent after a group in the next one', async () => {
    const first = await write('f');
    const second = await write('g');
    expect([first, second]).toEqual(['f', 'g']);
    expect(await committedNames()).toEqual(['a', 'c', 'e', 'f', 'g']);
  });
});
