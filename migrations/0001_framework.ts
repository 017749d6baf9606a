// The results chain: plans, goals, targets, Sectors, regions, thematic priorities, outcomes, KPIs and the
// many-to-many links between KPIs and outcomes, targets and intersectoral themes. Names and descriptions
// are stored in English here; other languages live in `translation` (English is the fallback).
import type { Kysely } from 'kysely';
import { REAL, withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('plan'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('threshold_on_track', REAL, (c) => c.notNull().defaultTo(0.9))
    .addColumn('threshold_at_risk', REAL, (c) => c.notNull().defaultTo(0.6))
    .addColumn('reporting_deadline_days', 'integer', (c) => c.notNull().defaultTo(15))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('goal'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addUniqueConstraint('goal_plan_code_unique', ['plan_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('target'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('goal_id', 'integer', (c) => c.notNull().references('goal.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('value', REAL)
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('deadline_year', 'integer', (c) => c.notNull())
    .addColumn('baseline_value', REAL)
    .addColumn('baseline_year', 'integer')
    .addColumn('indicator', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addUniqueConstraint('target_plan_code_unique', ['plan_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('sector'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withId(db, db.schema.createTable('region'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await withId(db, db.schema.createTable('thematic_priority'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('sector_id', 'integer', (c) => c.notNull().references('sector.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addUniqueConstraint('thematic_priority_plan_code_unique', ['plan_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('outcome'))
    .addColumn('priority_id', 'integer', (c) =>
      c.notNull().references('thematic_priority.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addUniqueConstraint('outcome_priority_code_unique', ['priority_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('intersectoral_theme'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .execute();

  await withId(db, db.schema.createTable('kpi'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    // The priority whose planners enter the KPI's values; outcome links (below) may reach further.
    .addColumn('owner_priority_id', 'integer', (c) => c.notNull().references('thematic_priority.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text')
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('baseline_value', REAL)
    .addColumn('baseline_period', 'text')
    .addColumn('tolerance', REAL, (c) => c.notNull().defaultTo(0.05))
    .addColumn('weight', REAL, (c) => c.notNull().defaultTo(1))
    .addColumn('data_source', 'text')
    .addColumn('owner_unit', 'text')
    .addColumn('by_region', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull().defaultTo('demo'))
    .addColumn('source_url', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('kpi_plan_code_unique', ['plan_id', 'code'])
    .execute();

  await db.schema
    .createTable('kpi_outcome')
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('outcome_id', 'integer', (c) => c.notNull().references('outcome.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('kpi_outcome_pk', ['kpi_id', 'outcome_id'])
    .execute();
  await db.schema.createIndex('kpi_outcome_outcome_idx').on('kpi_outcome').column('outcome_id').execute();

  await db.schema
    .createTable('kpi_target')
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('target_id', 'integer', (c) => c.notNull().references('target.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('kpi_target_pk', ['kpi_id', 'target_id'])
    .execute();

  await db.schema
    .createTable('kpi_theme')
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('intersectoral_theme.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('kpi_theme_pk', ['kpi_id', 'theme_id'])
    .execute();

  // One row per entity, field and language other than the English held on the entity itself.
  await db.schema
    .createTable('translation')
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_pk', ['entity', 'entity_id', 'field', 'language'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'translation',
    'kpi_theme',
    'kpi_target',
    'kpi_outcome',
    'kpi',
    'intersectoral_theme',
    'outcome',
    'thematic_priority',
    'region',
    'sector',
    'target',
    'goal',
    'plan',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
