// Authoring the framework (issue 14): a framework target's value or deadline changed in an active plan is
// kept with its reason, who and when, as KPI targets already are (kpi_target_revision). The audit log holds
// the same change; this table is the target's own history, read with the target.
import type { Kysely } from 'kysely';
import { REAL, withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('target_revision'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('target.id').onDelete('cascade'))
    .addColumn('old_value', REAL)
    .addColumn('new_value', REAL)
    .addColumn('old_deadline_year', 'integer', (c) => c.notNull())
    .addColumn('new_deadline_year', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('revised_by', 'integer')
    .addColumn('revised_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('target_revision_target_idx')
    .on('target_revision')
    .column('target_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('target_revision').execute();
}
