// Many audit rows at once (a batch's or an import's): every column of every row as given, in their order,
// through the hundred-row inserts and the single inserts of the rest; and KPIs marked changed at a revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../../test/build-test-app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { migrateToLatest } from '../../db/migrator.ts';
import { insertAuditEntries, markKpisChanged } from './audit.repository.ts';

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

describe('markKpisChanged', () => {
  let app: TestContext;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => app.close());

  it('marks exactly the KPIs given at the revision, one or several, inside a transaction too', async () => {
    const all = await app.db.selectFrom('kpi').select(['id', 'revision']).orderBy('id').execute();
    const several = all.slice(1, 6).map((k) => k.id);
    const [one] = all.slice(8, 9).map((k) => k.id);
    await app.db.transaction().execute(async (tx) => {
      await markKpisChanged(tx, several, 9001);
      await markKpisChanged(tx, [one as number], 9002);
      await markKpisChanged(tx, [], 9003);
    });
    const after = await app.db.selectFrom('kpi').select(['id', 'revision']).orderBy('id').execute();
    expect(after).toStrictEqual(
      all.map((k) => ({
        id: k.id,
        revision: several.includes(k.id) ? 9001 : k.id === one ? 9002 : k.revision,
      })),
    );
  });
});
