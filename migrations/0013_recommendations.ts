// Oversight recommendations, the compliance dashboard (issue 15): a recommendation of an oversight body,
// its responsible unit (a Sector or the General Secretariat), its links to a plan's priorities, KPIs and
// risks, and the history of its states (acceptance and implementation kept apart, target date, evidence),
// each a draft until a reviewer of the unit confirms it.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('recommendation'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('report_ref', 'text', (c) => c.notNull())
    .addColumn('report_date', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('addressee', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('sector_id', 'integer', (c) => c.notNull().references('sector.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('recommendation_ref_unique', ['plan_id', 'body', 'report_ref', 'number'])
    .execute();
  await db.schema.createIndex('recommendation_sector_idx').on('recommendation').column('sector_id').execute();

  for (const [table, column, target] of [
    ['recommendation_priority', 'priority_id', 'thematic_priority'],
    ['recommendation_kpi', 'kpi_id', 'kpi'],
    ['recommendation_risk', 'risk_id', 'risk'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('recommendation_id', 'integer', (c) =>
        c.notNull().references('recommendation.id').onDelete('cascade'),
      )
      .addColumn(column, 'integer', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['recommendation_id', column])
      .execute();
    await db.schema.createIndex(`${table}_target_idx`).on(table).column(column).execute();
  }

  await withId(db, db.schema.createTable('recommendation_state'))
    .addColumn('recommendation_id', 'integer', (c) =>
      c.notNull().references('recommendation.id').onDelete('cascade'),
    )
    .addColumn('acceptance', 'text', (c) => c.notNull())
    .addColumn('implementation', 'text', (c) => c.notNull())
    .addColumn('target_date', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema
    .createIndex('recommendation_state_rec_idx')
    .on('recommendation_state')
    .column('recommendation_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'recommendation_state',
    'recommendation_risk',
    'recommendation_kpi',
    'recommendation_priority',
    'recommendation',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
