// Bulk loading for the generated plans, straight through the drivers: on SQLite one prepared statement per
// table run row by row inside one transaction, on PostgreSQL one INSERT ... SELECT FROM unnest(...) per
// 10,000 rows (a COPY-like batch: one statement, one array per column) inside one transaction.
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseLocation } from '../../server/src/config.ts';

/** A column and its PostgreSQL type (SQLite needs none). */
export type Column = readonly [name: string, type: 'int' | 'text' | 'float8'];
export type Row = readonly (string | number | null)[];

export interface BulkWriter {
  insert: (table: string, columns: readonly Column[], rows: readonly Row[]) => Promise<void>;
  /** Rows of a query written with `?` for its parameters. */
  select: <T>(sql: string, params: readonly (string | number)[]) => Promise<T[]>;
  /** Commits and closes the connection (rolls back on `ok = false`). */
  finish: (ok: boolean) => Promise<void>;
}

const PG_BATCH = 10_000;

function sqliteWriter(file: string): BulkWriter {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('foreign_keys = ON');
  sqlite.exec('BEGIN IMMEDIATE');
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    insert: async (table, columns, rows) => {
      const names = columns.map(([name]) => name);
      const text = `insert into ${table} (${names.join(', ')}) values (${names.map(() => '?').join(', ')})`;
      let statement = statements.get(text);
      if (!statement) statements.set(text, (statement = sqlite.prepare(text)));
      for (const row of rows) statement.run(...row);
    },
    select: async <T>(text: string, params: readonly (string | number)[]) =>
      sqlite.prepare(text).all(...params) as T[],
    finish: async (ok) => {
      sqlite.exec(ok ? 'COMMIT' : 'ROLLBACK');
      sqlite.close();
    },
  };
}

async function postgresWriter(connectionString: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  await client.query('BEGIN');
  return {
    insert: async (table, columns, rows) => {
      const names = columns.map(([name]) => name).join(', ');
      const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
      const text = `insert into ${table} (${names}) select * from unnest(${arrays})`;
      for (let start = 0; start < rows.length; start += PG_BATCH) {
        const batch = rows.slice(start, start + PG_BATCH);
        await client.query(
          text,
          columns.map((_, i) => batch.map((row) => row[i] ?? null)),
        );
      }
    },
    select: async <T>(text: string, params: readonly (string | number)[]) => {
      let n = 0;
      const numbered = text.replace(/\?/g, () => `$${++n}`);
      return (await client.query(numbered, [...params])).rows as T[];
    },
    finish: async (ok) => {
      try {
        await client.query(ok ? 'COMMIT' : 'ROLLBACK');
        // a freshly loaded table has no statistics until autovacuum comes by; a real one has them
        if (ok) await client.query('ANALYZE');
      } finally {
        await client.end();
      }
    },
  };
}

export function openBulkWriter(location: DatabaseLocation): Promise<BulkWriter> {
  return location.dialect === 'postgres'
    ? postgresWriter(location.connectionString)
    : Promise.resolve(sqliteWriter(location.file));
}
