// Opens the database named by the configuration: SQLite (WAL, foreign keys, busy timeout) by default,
// PostgreSQL when DATABASE_URL says so. Failures become one StartupError line.
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, type SqliteDatabase as SqliteDialectDatabase } from 'kysely';
import pg from 'pg';
import { StartupError, type DatabaseLocation } from '../config.ts';
import { RowCamelCasePlugin } from './camel-case.ts';
import type { Database } from './schema.ts';
import { ImmediateSqliteDialect } from './sqlite-dialect.ts';
import { SqliteReader } from './sqlite-reader.ts';

export type Db = Kysely<Database>;

/** Whether `db` (or its transaction) is SQLite. */
export const isSqlite = (db: Db): boolean => db.getExecutor().adapter instanceof SqliteAdapter;

function openSqlite(
  file: string,
  synchronous: 'FULL' | 'NORMAL' = 'FULL',
  image?: Buffer,
): SqliteDatabase.Database {
  if (file !== ':memory:') {
    const folder = path.dirname(file);
    try {
      fs.mkdirSync(folder, { recursive: true });
      fs.accessSync(folder, fs.constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new StartupError(
        `Cannot use the data folder ${folder}: it is not writable (${code}); set DATABASE_URL`,
      );
    }
  }
  try {
    const sqlite = new SqliteDatabase(image && file === ':memory:' ? image : file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: each commit is synced to disk, so an acknowledged write survives power loss (README, Durability).
    sqlite.pragma(`synchronous = ${synchronous}`);
    sqlite.pragma('wal_autocheckpoint = 4000');
    return sqlite;
  } catch (error) {
    throw new StartupError(`Cannot open the SQLite database ${file}: ${(error as Error).message}`);
  }
}

/**
 * Kysely prepares every query anew; preparing costs about as much as running a small query. The same
 * query texts recur on every request, so prepared statements are kept (least recently used dropped).
 */
function withStatementCache(
  sqlite: SqliteDatabase.Database,
  reader: SqliteReader | null,
  size = 500,
): SqliteDialectDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      void reader?.close();
      sqlite.close();
    },
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) {
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

export function createDb(location: DatabaseLocation): Db {
  const plugins = [new RowCamelCasePlugin()];
  if (location.dialect === 'postgres') {
    // Counts and sums come back from PostgreSQL as strings unless told otherwise.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
    return new Kysely<Database>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: location.connectionString, max: 10 }),
      }),
      plugins,
    });
  }
  const sqlite = openSqlite(location.file, location.synchronous, location.image);
  // a database in a file gets a reader thread for its large reads (sqlite-reader.ts)
  const reader = location.file === ':memory:' ? null : new SqliteReader(location.file);
  const database = withStatementCache(sqlite, reader);
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database }),
    plugins,
  });
  if (reader) readers.set(db, reader);
  statementCaches.set(db.getExecutor().adapter, database);
  return db;
}

/** The statement cache of each SQLite database, by its adapter, which its transactions share. */
const statementCaches = new WeakMap<object, SqliteDialectDatabase>();

/**
 * The prepared statement of `sql` on the connection of `db` when `db` is a SQLite transaction, to run
 * without Kysely's executor: its connection provider, plugins and promises cost about 3 µs a query, and an
 * audited PUT runs seven in its transaction. Undefined for PostgreSQL and outside a transaction: there the
 * one connection may be held by a transaction between its awaits, and a statement run at once would join it.
 */
function transactionStatement(db: Db, sql: string): SqliteDatabase.Statement | undefined {
  if (!db.isTransaction) return undefined;
  return statementCaches.get(db.getExecutor().adapter)?.prepare(sql) as SqliteDatabase.Statement | undefined;
}

/**
 * Runs `sql` at once on the connection of the SQLite transaction `db` (transactionStatement): the rows as
 * the driver gives them (snake_case columns), none for a statement that returns none; undefined (nothing
 * run) for PostgreSQL and outside a transaction.
 */
export function runInTransaction(
  db: Db,
  sql: string,
  parameters: readonly unknown[],
): Array<Record<string, unknown>> | undefined {
  const statement = transactionStatement(db, sql);
  if (!statement) return undefined;
  if (!statement.reader) {
    statement.run(parameters);
    return [];
  }
  return statement.all(parameters) as Array<Record<string, unknown>>;
}

const readers = new WeakMap<Db, SqliteReader>();

/**
 * The reader thread of a SQLite database in a file, for reads of many rows; none for PostgreSQL, for an
 * in-memory database, or for a transaction (its uncommitted rows are its connection's alone).
 */
export const readerOf = (db: Db): SqliteReader | undefined => readers.get(db);
