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

  it("runs in a transaction on the transaction's own connection: its uncommitted rows seen, undone with it", async () => {
    const { db } = database;
    const names = prepareQuery((d, p: { code: string }) =>
      d.selectFrom('sector').select(['code', 'name', 'sortOrder']).where('code', '=', p.code),
    );
    const rename = prepareQuery((d, p: { code: string; name: string }) =>
      d.updateTable('sector').set({ name: p.name }).where('code', '=', p.code).returning(['id', 'name']),
    );
    await expect(
      db.transaction().execute(async (tx) => {
        const renamed = await rename.execute(tx, { code: 'ITU-T', name: 'Standards' });
        expect(renamed).toEqual([{ id: expect.any(Number), name: 'Standards' }]);
        // the same transaction sees its change, by a prepared query and by Kysely's usual path
        expect(await names.execute(tx, { code: 'ITU-T' })).toEqual([
          { code: 'ITU-T', name: 'Standards', sortOrder: 2 },
        ]);
        const usual = await tx.selectFrom('sector').select('name').where('code', '=', 'ITU-T').execute();
        expect(usual).toEqual([{ name: 'Standards' }]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    // undone with the transaction; outside one the query runs as usual
    expect(await names.execute(db, { code: 'ITU-T' })).toEqual([
      { code: 'ITU-T', name: 'Standardization', sortOrder: 2 },
    ]);
    // outside a transaction it never joins one that holds the connection meanwhile
    let resume = () => {};
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const open = db.transaction().execute(async (tx) => {
      await rename.execute(tx, { code: 'ITU-D', name: 'Dev' });
      await paused;
      throw new Error('undo');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const outside = names.execute(db, { code: 'ITU-D' });
    resume();
    await expect(open).rejects.toThrow('undo');
    expect(await outside).toEqual([{ code: 'ITU-D', name: 'Development', sortOrder: 3 }]);
    // a statement SQLite refuses fails the call, and the transaction with it
    const bad = prepareQuery((d, p: { code: string }) =>
      d.insertInto('sector').values({ code: p.code, name: 'Copy', sortOrder: 9 }),
    );
    await expect(db.transaction().execute((tx) => bad.execute(tx, { code: 'ITU-R' }))).rejects.toThrow(
      /UNIQUE|duplicate/,
    );
    expect(await db.selectFrom('sector').select('code').execute()).toHaveLength(3);
  });
});
