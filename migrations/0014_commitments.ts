// Commitments and actions (issue 15): the retreat's commitments, the transformation roadmap's projects and
// the foresight exercise's activities, each with its owner unit, links to a plan's priorities, KPIs and
// risks, and a progress note per quarter (with the status) kept as history, each a draft until a reviewer of
// the unit confirms it.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('commitment'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_name', 'text', (c) => c.notNull())
    .addColumn('source_year', 'integer', (c) => c.notNull())
    // JSON object of the title per language, English always
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sector_id', 'integer', (c) => c.notNull().references('sector.id'))
    .addColumn('reach', 'text', (c) => c.notNull())
    .addColumn('horizon', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('commitment_code_unique', ['plan_id', 'code'])
    .execute();
  await db.schema.createIndex('commitment_sector_idx').on('commitment').column('sector_id').execute();

  for (const [table, column, target] of [
    ['commitment_priority', 'priority_id', 'thematic_priority'],
    ['commitment_kpi', 'kpi_id', 'kpi'],
    ['commitment_risk', 'risk_id', 'risk'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('commitment_id', 'integer', (c) =>
        c.notNull().references('commitment.id').onDelete('cascade'),
      )
      .addColumn(column, 'integer', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['commitment_id', column])
      .execute();
    await db.schema.createIndex(`${table}_target_idx`).on(table).column(column).execute();
  }

  await withId(db, db.schema.createTable('commitment_progress'))
    .addColumn('commitment_id', 'integer', (c) => c.notNull().references('commitment.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema
    .createIndex('commitment_progress_commitment_idx')
    .on('commitment_progress')
    .column('commitment_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'commitment_progress',
    'commitment_risk',
    'commitment_kpi',
    'commitment_priority',
    'commitment',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
