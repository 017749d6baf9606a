// A translation is either an unofficial one (written for this project, shown with a marker) or one an
// administrator has confirmed. Every translation already stored came from the fixtures, so unofficial.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('translation')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('unofficial'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('translation').dropColumn('status').execute();
}
