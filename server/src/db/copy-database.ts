// Copies every row of one database into another, SQLite to PostgreSQL or back (npm run db:copy). The
// target is migrated first and must hold no data of its own; the copy is one transaction on each side, so
// it reads one consistent state and the target ends with all of it or none of it. Ids are kept, and
// PostgreSQL's id sequences are moved past them so new rows do not collide.
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { StartupError } from '../config.ts';
import type { Db } from './connection.ts';
import { migrateToLatest, pendingMigrations } from './migrator.ts';

/**
 * Every table the migrations create, parents before children (foreign keys), so rows go in an order the
 * keys accept. A test checks the order against the keys and that no table is missing.
 */
export const COPY_ORDER = [
  'plan',
  'goal',
  'target',
  'sector',
  'region',
  'thematic_priority',
  'outcome',
  'org_unit',
  'output',
  'enabler',
  'intersectoral_theme',
  'kpi',
  'kpi_outcome',
  'kpi_output',
  'kpi_target',
  'kpi_theme',
  'translation',
  'kpi_annual_target',
  'kpi_target_revision',
  'target_revision',
  'kpi_value',
  'quarterly_review',
  'review_action_item',
  'app_user',
  'user_scope',
  'audit_log',
  'statistic_indicator',
  'statistic',
  'data_revision',
  'session',
  'api_token',
  'sign_in_throttle',
  'notification',
  'notification_preference',
  'plan_entry_rule',
  'kpi_entry_rule',
  'risk',
  'risk_priority',
  'risk_outcome',
  'risk_kpi',
  'risk_action',
  'risk_assessment',
  'recommendation',
  'recommendation_priority',
  'recommendation_kpi',
  'recommendation_risk',
  'recommendation_state',
  'commitment',
  'commitment_priority',
  'commitment_kpi',
  'commitment_risk',
  'commitment_progress',
  'mou',
  'mou_priority',
  'mou_theme',
  'theme_coordinator',
  'theme_focal_point',
  'activity',
  'activity_text',
  'activity_theme',
  'activity_participant',
  'radar_decision',
  'resolution',
  'resolution_title',
  'resolution_entity',
  'resolution_theme',
  'resolution_priority',
] as const;

/** Tables a person fills: the target must have none of these rows (migrations only add data_revision's). */
const DATA_TABLES = ['plan', 'app_user', 'kpi_value', 'audit_log'] as const;

/** Both databases accept this many bound values in one statement (SQLite 32,766, PostgreSQL 65,535). */
const MAX_VALUES = 30_000;

/** Any table, any column: the copy moves rows it does not interpret. */
type Raw = Kysely<Record<string, Record<string, unknown>>>;

const isPostgres = (db: Raw) => db.getExecutor().adapter instanceof PostgresAdapter;

async function countRows(db: Raw, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function readAll(source: Raw): Promise<Map<string, Record<string, unknown>[]>> {
  return source.transaction().execute(async (tx) => {
    // one snapshot of every table (SQLite's transactions already take the write lock when they begin)
    if (isPostgres(tx)) await sql`set transaction isolation level repeatable read`.execute(tx);
    const rows = new Map<string, Record<string, unknown>[]>();
    for (const table of COPY_ORDER) rows.set(table, await tx.selectFrom(table).selectAll().execute());
    return rows;
  });
}

/** Moves each PostgreSQL id sequence past the largest id copied. */
async function advanceSequences(tx: Raw, table: string): Promise<void> {
  const found = await sql<{ sequence: string | null }>`
    select pg_get_serial_sequence(table_name, column_name) as sequence from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and column_name = 'id'`.execute(tx);
  const sequence = found.rows[0]?.sequence;
  if (!sequence) return;
  await sql`select setval(${sequence}, (select coalesce(max(id), 0) + 1 from ${sql.table(table)}), false)`.execute(
    tx,
  );
}

export async function copyDatabase(
  sourceDb: Db,
  targetDb: Db,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  // Raw names on both sides: rows go across exactly as stored, without the camelCase mapping.
  const source = sourceDb.withoutPlugins() as unknown as Raw;
  const target = targetDb.withoutPlugins() as unknown as Raw;
  const behind = await pendingMigrations(source);
  if (behind.length > 0)
    throw new StartupError(
      `The source database is not migrated (${behind.join(', ')}): run npm run db:migrate on it first`,
    );
  const applied = await migrateToLatest(target);
  if (applied.length > 0) log(`Target migrated: ${applied.join(', ')}`);
  for (const table of DATA_TABLES) {
    if ((await countRows(target, table)) > 0)
      throw new StartupError(
        `The target database already holds data (table ${table}): copy only into an empty one`,
      );
  }

  const rows = await readAll(source);
  const copied: Record<string, number> = {};
  await target.transaction().execute(async (tx) => {
    for (const table of [...COPY_ORDER].reverse()) await tx.deleteFrom(table).execute();
    for (const table of COPY_ORDER) {
      const all = rows.get(table) ?? [];
      const columns = Object.keys(all[0] ?? {}).length || 1;
      const batch = Math.max(1, Math.floor(MAX_VALUES / columns));
      for (let start = 0; start < all.length; start += batch) {
        await tx
          .insertInto(table)
          .values(all.slice(start, start + batch))
          .execute();
      }
      if (isPostgres(tx)) await advanceSequences(tx, table);
      copied[table] = await countRows(tx, table);
      if (copied[table] !== all.length)
        throw new Error(`Table ${table}: ${all.length} rows read but ${copied[table]} written`);
      log(`${table.padEnd(22)} ${all.length}`);
    }
  });
  return copied;
}
