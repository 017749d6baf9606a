// Notifications (server/src/modules/notifications): one row per notice a user is given, whose unique key
// (user, kind, subject, occasion) is what makes every event happen once, whichever process or rerun
// records it; the row is also the e-mail's outbox (mail_state). And each user's choice per kind of notice.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('notification'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull()) // plan/priority, or the plan for a digest
    .addColumn('occasion', 'text', (c) => c.notNull()) // the period, deadline, decision or week
    .addColumn('plan_code', 'text', (c) => c.notNull())
    .addColumn('priority_id', 'integer', (c) => c.references('thematic_priority.id').onDelete('cascade'))
    .addColumn('period', 'text')
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('in_inbox', 'integer', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('mail_state', 'text', (c) => c.notNull()) // none, pending, sending, sent, failed
    .addColumn('mail_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mail_at', 'text')
    .addUniqueConstraint('notification_event_key', ['user_id', 'kind', 'subject', 'occasion'])
    .execute();
  await db.schema
    .createIndex('notification_inbox_idx')
    .on('notification')
    .columns(['user_id', 'in_inbox', 'created_at'])
    .execute();
  await db.schema.createIndex('notification_mail_idx').on('notification').column('mail_state').execute();

  await db.schema
    .createTable('notification_preference')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('inbox', 'integer', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preference_pk', ['user_id', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification_preference').execute();
  await db.schema.dropTable('notification').execute();
}
