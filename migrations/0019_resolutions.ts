// Resolution mapping (issue 16), as the Inter-Sectoral Coordination Group keeps it: each resolution of a
// conference (PP, WTDC, WTSA, RA, WRC or other) with its number and revision, its titles in the languages
// given, the entity responsible for it in each Sector and the General Secretariat (free text), and its links
// to intersectoral themes and to thematic priorities. Reference data: no draft state.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('resolution'))
    .addColumn('conference', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('revision', 'text')
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('resolution_conference_number_unique', ['conference', 'number'])
    .execute();

  await db.schema
    .createTable('resolution_title')
    .addColumn('resolution_id', 'integer', (c) => c.notNull().references('resolution.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resolution_title_pk', ['resolution_id', 'language'])
    .execute();

  // sector: ITU-R, ITU-T, ITU-D or GS; entity: free text ('TSAG', 'ITU-D SG1 Q7')
  await db.schema
    .createTable('resolution_entity')
    .addColumn('resolution_id', 'integer', (c) => c.notNull().references('resolution.id').onDelete('cascade'))
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('resolution_entity_pk', ['resolution_id', 'sector'])
    .execute();

  await db.schema
    .createTable('resolution_theme')
    .addColumn('resolution_id', 'integer', (c) => c.notNull().references('resolution.id').onDelete('cascade'))
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('intersectoral_theme.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('resolution_theme_pk', ['resolution_id', 'theme_id'])
    .execute();
  await db.schema
    .createIndex('resolution_theme_theme_idx')
    .on('resolution_theme')
    .column('theme_id')
    .execute();

  await db.schema
    .createTable('resolution_priority')
    .addColumn('resolution_id', 'integer', (c) => c.notNull().references('resolution.id').onDelete('cascade'))
    .addColumn('priority_id', 'integer', (c) =>
      c.notNull().references('thematic_priority.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('resolution_priority_pk', ['resolution_id', 'priority_id'])
    .execute();
}
