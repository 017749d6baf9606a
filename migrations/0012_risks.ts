// The risk register (issue 15): risks owned by a Sector (or the General Secretariat) of a plan, linked to
// priorities, outcomes and KPIs, with mitigation actions and one assessment per quarter (inherent and
// residual likelihood x impact), a draft until a reviewer confirms it. The plan gains its risk appetite:
// the highest residual score it accepts.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan')
    .addColumn('risk_appetite', 'integer', (c) => c.notNull().defaultTo(9))
    .execute();

  await withId(db, db.schema.createTable('risk'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('sector_id', 'integer', (c) => c.notNull().references('sector.id'))
    .addColumn('focal_point', 'text')
    .addColumn('treatment', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('risk_plan_code_unique', ['plan_id', 'code'])
    .execute();
  await db.schema.createIndex('risk_sector_idx').on('risk').column('sector_id').execute();

  for (const [table, column, target] of [
    ['risk_priority', 'priority_id', 'thematic_priority'],
    ['risk_outcome', 'outcome_id', 'outcome'],
    ['risk_kpi', 'kpi_id', 'kpi'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('risk_id', 'integer', (c) => c.notNull().references('risk.id').onDelete('cascade'))
      .addColumn(column, 'integer', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['risk_id', column])
      .execute();
    await db.schema.createIndex(`${table}_target_idx`).on(table).column(column).execute();
  }

  await withId(db, db.schema.createTable('risk_action'))
    .addColumn('risk_id', 'integer', (c) => c.notNull().references('risk.id').onDelete('cascade'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_action_risk_idx').on('risk_action').column('risk_id').execute();

  await withId(db, db.schema.createTable('risk_assessment'))
    .addColumn('risk_id', 'integer', (c) => c.notNull().references('risk.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('inherent_likelihood', 'integer', (c) => c.notNull())
    .addColumn('inherent_impact', 'integer', (c) => c.notNull())
    .addColumn('residual_likelihood', 'integer', (c) => c.notNull())
    .addColumn('residual_impact', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('assessed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('assessed_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('confirmed_at', 'text')
    .addUniqueConstraint('risk_assessment_period_unique', ['risk_id', 'period'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'risk_assessment',
    'risk_action',
    'risk_kpi',
    'risk_outcome',
    'risk_priority',
    'risk',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('plan').dropColumn('risk_appetite').execute();
}
