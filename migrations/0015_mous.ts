// The MoU register (issue 15): memoranda of understanding with financial or strategic implications, each
// with its partner, type, dates, owner unit and region, links to a plan's priorities and to intersectoral
// themes, and a state: a change is a draft until a reviewer of the unit confirms it; readers outside the
// unit (the Council) see the MoU as last confirmed.
import type { Kysely } from 'kysely';
import { REAL, withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('mou'))
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('partner', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('signed_date', 'text', (c) => c.notNull())
    .addColumn('expiry_date', 'text')
    .addColumn('financial_amount', REAL)
    .addColumn('currency', 'text')
    .addColumn('strategic_implications', 'text')
    .addColumn('sector_id', 'integer', (c) => c.notNull().references('sector.id'))
    .addColumn('region_id', 'integer', (c) => c.references('region.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('confirmed_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('confirmed_at', 'text')
    // JSON of the MoU as last confirmed: what readers outside the unit see while a change awaits its reviewer
    .addColumn('published', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mou_code_unique', ['plan_id', 'code'])
    .execute();
  await db.schema.createIndex('mou_sector_idx').on('mou').column('sector_id').execute();

  for (const [table, column, target] of [
    ['mou_priority', 'priority_id', 'thematic_priority'],
    ['mou_theme', 'theme_id', 'intersectoral_theme'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('mou_id', 'integer', (c) => c.notNull().references('mou.id').onDelete('cascade'))
      .addColumn(column, 'integer', (c) => c.notNull().references(`${target}.id`).onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['mou_id', column])
      .execute();
    await db.schema.createIndex(`${table}_target_idx`).on(table).column(column).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['mou_theme', 'mou_priority', 'mou']) await db.schema.dropTable(table).execute();
}
