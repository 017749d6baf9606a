// Published ICT statistics (ITU Facts and Figures) that the plan's targets are measured by. Every figure
// keeps its source and the edition it comes from, because each edition revises earlier years.
import type { Kysely } from 'kysely';
import { REAL, withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('statistic_indicator'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('statistic'))
    .addColumn('indicator_id', 'integer', (c) =>
      c.notNull().references('statistic_indicator.id').onDelete('cascade'),
    )
    // an ITU region code (AFR ... EUR) or an aggregate such as World or LDCs
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', REAL, (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('edition', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_url', 'text')
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addUniqueConstraint('statistic_unique', ['indicator_id', 'area', 'year', 'edition'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['statistic', 'statistic_indicator']) {
    await db.schema.dropTable(table).execute();
  }
}
