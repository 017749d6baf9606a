import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { migrateToLatest } from './migrator.ts';
import { prepareQuery } from './prepared.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await migrateToLatest(database.db);
  await database.db
    .insertInto('sector')
    .values([
      { code: 'ITU-R', name: 'Radiocommunication', sortOrder: 1 },
      { code: 'ITU-T', name: 'Standardization', sortOrder: 2 },
      { code: 'ITU-D', name: 'Development', sortOrder: 3 },
    ])
    .execute();
});
afterAll(async () => database.drop());

const sectorsBetween = prepareQuery((db, p: { from: number; to: number }) =>
  db
    .selectFrom('sector')
    .select(['code', 'sortOrder'])
    .where('sortOrder', '>=', p.from)
    .where('sortOrder', '<=', p.to)
    .orderBy('sortOrder'),
);

describe('prepareQuery', () => {
  it("runs the once-compiled query with each call's values, rows mapped to camelCase", async () => {
    expect(await sectorsBetween.execute(database.db, { from: 1, to: 2 })).toEqual([
      { code: 'ITU-R', sortOrder: 1 },
      { code: 'ITU-T', sortOrder: 2 },
    ]);
    expect(await sectorsBetween.execute(database.db, { from: 3, to: 3 })).toEqual([
      { code: 'ITU-D', sortOrder: 3 },
    ]);
  });

  it('gives the same rows as the query built the usual way', async () => {
    const direct = await database.db
      .selectFrom('sector')
      .select(['code', 'sortOrder'])
      .where('sortOrder', '>=', 2)
      .where('sortOrder', '<=', 3)
      .orderBy('sortOrder')
      .execute();
    expect(await sectorsBetween.execute(database.db, { from: 2, to: 3 })).toEqual(direct);
  });

  it('works inside a transaction and refuses to run with a value missing', async () => {
    const rows = await database.db
      .transaction()
      .execute((tx) => sectorsBetween.execute(tx, { from: 1, to: 1 }));
    expect(rows).toHaveLength(1);
    await expect(
      sectorsBetween.execute(database.db, { from: 1 } as { from: number; to: number }),
    ).rejects.toThrow(/missing the value "to"/);
  });
});
