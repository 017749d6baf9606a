// Sign-in throttle counters (server/src/modules/auth/sign-in-throttle.service.ts) replace the log of
// failed sign-ins: one row per account, per address and per (account, address) pair, counted up before
// each password check under a row lock, so a burst of parallel guesses cannot all pass the check.
import type { Kysely } from 'kysely';
import { withId } from './support/columns.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('kind', 'text', (c) => c.notNull()) // account, address or pair
    .addColumn('username', 'text', (c) => c.notNull()) // '' for an address
    .addColumn('address', 'text', (c) => c.notNull()) // '' for an account
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text')
    .addColumn('trusted_at', 'text') // pairs: the last sign-in with the right password from there
    .addPrimaryKeyConstraint('sign_in_throttle_pk', ['kind', 'username', 'address'])
    .execute();
  await db.schema
    .createIndex('sign_in_throttle_last_failure_idx')
    .on('sign_in_throttle')
    .column('last_failure_at')
    .execute();
  await db.schema.dropTable('login_failure').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sign_in_throttle').execute();
  await withId(db, db.schema.createTable('login_failure'))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['username', 'address']) {
    await db.schema
      .createIndex(`login_failure_${column}_idx`)
      .on('login_failure')
      .columns([column, 'at'])
      .execute();
  }
}
