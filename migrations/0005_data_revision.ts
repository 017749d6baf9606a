// One counter, raised in the same transaction as every write that changes a figure. Computed figures
// (dashboard, reports, comparisons) are cached per revision, so a cache is never stale, even when
// several server instances share the database.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_revision')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('data_revision').values({ id: 1, revision: 1 }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_revision').execute();
}
