// The data revision at which each KPI's definition, targets, links or values last changed, so that
// computed figures can be refreshed for the KPIs that changed instead of the whole plan.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('kpi')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('kpi_plan_revision_idx').on('kpi').columns(['plan_id', 'revision']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('kpi').dropColumn('revision').execute();
}
