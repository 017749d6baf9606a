// Many audit rows at once (a batch's or an import's): every column of every row as given, in their order,
// through the hundred-row inserts and the single inserts of the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { insertAuditEntries } from './audit.repository.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await migrateToLatest(database.db);
});
afterAll(async () => database.drop());

describe('insertAuditEntries', () => {
  it('stores every column of 230 rows as given, in their order', async () => {
    const entries = Array.from({ length: 230 }, (_, i) => ({
      at: `2026-06-30T12:${String(i % 60).padStart(2, '0')}:00.000Z`,
      actorId: i % 3 === 0 ? null : i,
      actor: `actor-${i}`,
      action: i % 2 === 0 ? 'update' : 'create',
      entity: `entity-${i % 7}`,
      entityId: String(1000 + i),
      beforeJson: i % 5 === 0 ? null : JSON.stringify({ before: i }),
      afterJson: JSON.stringify({ after: i, text: 'é "quoted"' }),
      reason: i % 4 === 0 ? `reason ${i}` : null,
    }));
    await insertAuditEntries(database.db, entries);
    const stored = await database.db
      .selectFrom('auditLog')
      .select(['at', 'actorId', 'actor', 'action', 'entity', 'entityId', 'beforeJson', 'afterJson', 'reason'])
      .orderBy('id')
      .execute();
    expect(stored).toStrictEqual(entries);
  });
});
