// The framework as data (issue 14): what the framework document (shared/src/schemas/framework-document.ts)
// holds that the first tables did not. Organisational units as a tree (Sectors and the General
// Secretariat at the top, bureaux, departments and regional offices below; the `sector` table stays the
// list of units that lead priorities), outputs ("products and services") below a priority, enablers, the
// KPI <-> output link, the review deadline of the reporting calendar, and `retired_at` on every framework
// item so the importer retires what values or history stand on instead of deleting it.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

const RETIRABLE = ['goal', 'target', 'thematic_priority', 'outcome', 'intersectoral_theme', 'region'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan')
    .addColumn('review_deadline_days', 'integer', (c) => c.notNull().defaultTo(45))
    .execute();
  for (const table of RETIRABLE) {
    await db.schema.alterTable(table).addColumn('retired_at', 'text').execute();
  }

  await withId(db, db.schema.createTable('org_unit'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    // No foreign key to itself: the database copy inserts a table's rows in one go, in any order. The
    // framework import checks that every parent exists and that the tree has no cycle.
    .addColumn('parent_id', 'integer')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retired_at', 'text')
    .execute();

  await withId(db, db.schema.createTable('output'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('priority_id', 'integer', (c) =>
      c.notNull().references('thematic_priority.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('retired_at', 'text')
    .addUniqueConstraint('output_plan_code_unique', ['plan_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('enabler'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('retired_at', 'text')
    .addUniqueConstraint('enabler_plan_code_unique', ['plan_id', 'code'])
    .execute();

  await db.schema
    .createTable('kpi_output')
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('output_id', 'integer', (c) => c.notNull().references('output.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('kpi_output_pk', ['kpi_id', 'output_id'])
    .execute();
  await db.schema.createIndex('kpi_output_output_idx').on('kpi_output').column('output_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['kpi_output', 'enabler', 'output', 'org_unit']) {
    await db.schema.dropTable(table).execute();
  }
  for (const table of RETIRABLE) {
    await db.schema.alterTable(table).dropColumn('retired_at').execute();
  }
  await db.schema.alterTable('plan').dropColumn('review_deadline_days').execute();
}
