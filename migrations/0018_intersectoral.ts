// Intersectoral coordination (issue 16): each theme's coordinator and each unit's focal point on it; the
// units' activities (events, publications, study-group work, projects, missions) with their texts in the
// languages given, themes and participating units; and the coordinators' decisions on the duplication
// radar's candidate pairs (kept so a decided pair is not proposed again). Units are Sector codes or a
// regional office (`RO-<region>`); the framework's own tables are not touched.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('theme_coordinator')
    .addColumn('theme_id', 'integer', (c) =>
      c.primaryKey().references('intersectoral_theme.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('theme_focal_point')
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('intersectoral_theme.id').onDelete('cascade'),
    )
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('theme_focal_point_pk', ['theme_id', 'unit'])
    .execute();
  await db.schema
    .createIndex('theme_focal_point_user_idx')
    .on('theme_focal_point')
    .column('user_id')
    .execute();

  await withId(db, db.schema.createTable('activity'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('region_id', 'integer', (c) => c.references('region.id'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('partners', 'text', (c) => c.notNull())
    .addColumn('source_status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('activity_text')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('activity_text_pk', ['activity_id', 'language'])
    .execute();

  await db.schema
    .createTable('activity_theme')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('intersectoral_theme.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('activity_theme_pk', ['activity_id', 'theme_id'])
    .execute();
  await db.schema.createIndex('activity_theme_theme_idx').on('activity_theme').column('theme_id').execute();

  await db.schema
    .createTable('activity_participant')
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id').onDelete('cascade'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_participant_pk', ['activity_id', 'unit'])
    .execute();

  // One decision per pair of items ('activity:<id>' or 'kpi:<id>', the smaller key first).
  await withId(db, db.schema.createTable('radar_decision'))
    .addColumn('theme_id', 'integer', (c) =>
      c.notNull().references('intersectoral_theme.id').onDelete('cascade'),
    )
    .addColumn('item_a', 'text', (c) => c.notNull())
    .addColumn('item_b', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('radar_decision_pair_unique', ['item_a', 'item_b'])
    .execute();
}
