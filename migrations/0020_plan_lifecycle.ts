// Plan lifecycle (issue 14): draft -> active -> closed, and "New plan from this one". A plan remembers the
// plan it was drafted from and when it was activated and closed; a KPI copied into the new plan names the
// KPI it continues, so its history can run across the plan boundary. Both links are plain integers without
// a foreign key to their own table: the database copy (db:copy) inserts a table's rows in one go, in any
// order (as org_unit.parent_id); the successor copy writes them and nothing else does.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan').addColumn('created_from_plan_id', 'integer').execute();
  await db.schema.alterTable('plan').addColumn('activated_at', 'text').execute();
  await db.schema.alterTable('plan').addColumn('closed_at', 'text').execute();
  await db.schema.alterTable('kpi').addColumn('continues_kpi_id', 'integer').execute();
  await db.schema.createIndex('kpi_continues_idx').on('kpi').column('continues_kpi_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('kpi_continues_idx').execute();
  await db.schema.alterTable('kpi').dropColumn('continues_kpi_id').execute();
  for (const column of ['closed_at', 'activated_at', 'created_from_plan_id']) {
    await db.schema.alterTable('plan').dropColumn(column).execute();
  }
}
