// Column helpers shared by the migrations. They use Kysely's schema builder only, choosing the column
// type per dialect where SQLite and PostgreSQL differ (auto-increment ids), so every migration runs on both.
import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-incrementing integer primary key named `id`. */
export function withId<T extends string>(
  db: Kysely<any>,
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, 'id'> {
  return isPostgres(db)
    ? table.addColumn('id', 'serial', (c) => c.primaryKey())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Floating-point numbers: `double precision` is understood by both dialects (REAL affinity in SQLite). */
export const REAL = 'double precision' as const;
