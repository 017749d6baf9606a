// People and their traces: users with a role and the priorities or Sectors in their scope, and the
// append-only audit log of every write (the application only ever inserts into it).
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('app_user'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A scope row names either a whole Sector or one thematic priority.
  await withId(db, db.schema.createTable('user_scope'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('sector_id', 'integer', (c) => c.references('sector.id'))
    .addColumn('priority_id', 'integer', (c) => c.references('thematic_priority.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('user_scope_user_idx').on('user_scope').column('user_id').execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_log', 'user_scope', 'app_user']) {
    await db.schema.dropTable(table).execute();
  }
}
