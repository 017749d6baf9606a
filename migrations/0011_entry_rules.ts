// Entry rules an administrator sets per plan: what a quarter needs before it can be submitted
// (completeness: required narratives, notes on at-risk / off-track / no-data KPIs) and how values are
// checked (hard limits: min, max, whole numbers; soft warnings: change against the previous quarter,
// a multiple of the target, regions not adding up). Per-KPI rows override the plan's defaults; a null
// column means "as the plan says".
import type { Kysely } from 'kysely';
import { REAL, withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('plan_entry_rule'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('require_achievements', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('require_challenges', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('require_improvements', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note_at_risk', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note_off_track', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note_no_data', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('min_value', REAL)
    .addColumn('max_value', REAL)
    .addColumn('integer_only', 'integer')
    .addColumn('max_change_share', REAL)
    .addColumn('max_target_multiple', REAL)
    .addColumn('regions_add_up', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_entry_rule_plan_unique', ['plan_id'])
    .execute();

  await withId(db, db.schema.createTable('kpi_entry_rule'))
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('min_value', REAL)
    .addColumn('max_value', REAL)
    .addColumn('integer_only', 'integer')
    .addColumn('max_change_share', REAL)
    .addColumn('max_target_multiple', REAL)
    .addColumn('regions_add_up', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('kpi_entry_rule_kpi_unique', ['kpi_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kpi_entry_rule').execute();
  await db.schema.dropTable('plan_entry_rule').execute();
}
