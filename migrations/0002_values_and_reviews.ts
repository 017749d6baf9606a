// What is measured and decided each quarter: annual KPI targets with their revision history, KPI values
// per quarter (optionally per region) with their state and version, and the quarterly review of each
// thematic priority.
import { sql, type Kysely } from 'kysely';
import { REAL, withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('kpi_annual_target'))
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', REAL, (c) => c.notNull())
    .addUniqueConstraint('kpi_annual_target_kpi_year_unique', ['kpi_id', 'year'])
    .execute();

  await withId(db, db.schema.createTable('kpi_target_revision'))
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('old_value', REAL)
    .addColumn('new_value', REAL, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('revised_by', 'integer')
    .addColumn('revised_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kpi_target_revision_kpi_idx')
    .on('kpi_target_revision')
    .columns(['kpi_id', 'year'])
    .execute();

  await withId(db, db.schema.createTable('kpi_value'))
    .addColumn('kpi_id', 'integer', (c) => c.notNull().references('kpi.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    // null: the KPI as a whole; otherwise one region of a KPI disaggregated by region
    .addColumn('region_id', 'integer', (c) => c.references('region.id'))
    // null together with a no_data_reason: the planner declares that no figure exists this quarter
    .addColumn('value', REAL)
    .addColumn('no_data_reason', 'text')
    .addColumn('note', 'text')
    .addColumn('evidence_url', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // the reviewer's comment when the value was returned; cleared when it is next saved
    .addColumn('return_comment', 'text')
    .addColumn('entered_by', 'integer')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .execute();
  // NULL regions are distinct in unique indexes on both dialects, hence two partial indexes.
  await db.schema
    .createIndex('kpi_value_total_unique')
    .on('kpi_value')
    .columns(['kpi_id', 'period'])
    .unique()
    .where(sql.ref('region_id'), 'is', null)
    .execute();
  await db.schema
    .createIndex('kpi_value_region_unique')
    .on('kpi_value')
    .columns(['kpi_id', 'period', 'region_id'])
    .unique()
    .where('region_id', 'is not', null)
    .execute();
  await db.schema.createIndex('kpi_value_period_idx').on('kpi_value').columns(['period', 'state']).execute();

  await withId(db, db.schema.createTable('quarterly_review'))
    .addColumn('priority_id', 'integer', (c) =>
      c.notNull().references('thematic_priority.id').onDelete('cascade'),
    )
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('rating', 'text')
    .addColumn('achievements', 'text')
    .addColumn('challenges', 'text')
    .addColumn('improvements', 'text')
    .addColumn('comment', 'text')
    .addColumn('submitted_by', 'integer')
    .addColumn('submitted_at', 'text')
    .addColumn('decided_by', 'integer')
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('quarterly_review_priority_period_unique', ['priority_id', 'period'])
    .execute();

  await withId(db, db.schema.createTable('review_action_item'))
    .addColumn('priority_id', 'integer', (c) =>
      c.notNull().references('thematic_priority.id').onDelete('cascade'),
    )
    .addColumn('opened_period', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('closed_period', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'review_action_item',
    'quarterly_review',
    'kpi_value',
    'kpi_target_revision',
    'kpi_annual_target',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
