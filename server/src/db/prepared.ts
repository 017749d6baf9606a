// Queries on hot paths, built and compiled once. Kysely builds and compiles a query on every call, which
// for a query of thirty columns costs fifty times what SQLite needs to run it. A prepared query is built
// once with markers in place of its values; each call swaps the markers for the values and runs the SQL.
// The builder must not branch on its values (make one prepared query per branch). In a SQLite transaction a
// prepared query runs on the transaction's connection at once, without Kysely's executor (connection.ts).
import { CompiledQuery, type Compilable } from 'kysely';
import { RowCamelCasePlugin } from './camel-case.ts';
import { isSqlite, runInTransaction, type Db } from './connection.ts';
import { asJsonRows, readJsonRows, withParameters, type JsonRowsQuery } from './json-rows.ts';

/** Rows run in a SQLite transaction (runInTransaction) mapped as the database's plugin maps them. */
const ROWS = new RowCamelCasePlugin();

const MARK = Symbol('prepared parameter');

interface Marker {
  [MARK]: string;
}

function isMarker(value: unknown): value is Marker {
  return typeof value === 'object' && value !== null && MARK in value;
}

export interface PreparedQuery<P, R> {
  /** Runs the query with these values; rows come back through the database's plugins as usual. */
  execute(db: Db, values: P): Promise<R[]>;
  /** The compiled SQL with these values as its parameters, to run elsewhere (the SQLite reader thread). */
  withValues(db: Db, values: P): { sql: string; parameters: unknown[] };
  /** The compiled SQL (for tests and query plans). */
  sql(db: Db): string;
}

export interface PrepareOptions {
  /** A select of wide rows: on SQLite read them as JSON text (db/json-rows.ts), under half the time. */
  jsonRows?: boolean;
}

export function prepareQuery<P extends object, R>(
  build: (db: Db, values: P) => Compilable<R>,
  options: PrepareOptions = {},
): PreparedQuery<P, R> {
  // One compiled form per dialect (SQLite and PostgreSQL write parameters differently).
  const compiled = new Map<unknown, CompiledQuery<R>>();
  const compile = (db: Db) => {
    const dialect = db.getExecutor().adapter.constructor;
    let query = compiled.get(dialect);
    if (!query) {
      const markers = new Proxy({} as P, { get: (_target, key) => ({ [MARK]: String(key) }) });
      query = build(db, markers).compile();
      compiled.set(dialect, query);
    }
    return query;
  };
  const parametersOf = (query: CompiledQuery<R>, values: P) =>
    query.parameters.map((p) => {
      if (!isMarker(p)) return p;
      const value = (values as Record<string, unknown>)[p[MARK]];
      if (value === undefined) throw new Error(`Prepared query is missing the value "${p[MARK]}"`);
      return value;
    });
  let asJson: JsonRowsQuery | undefined;
  return {
    withValues(db, values) {
      const query = compile(db);
      return { sql: query.sql, parameters: parametersOf(query, values) };
    },
    async execute(db, values) {
      const query = compile(db);
      const parameters = parametersOf(query, values);
      if (options.jsonRows && isSqlite(db)) {
        asJson ??= asJsonRows(query);
        return readJsonRows<R>(db, asJson, parameters);
      }
      const rows = runInTransaction(db, query.sql, parameters);
      if (rows) return ROWS.mapRows(rows) as R[];
      const result = await db.executeQuery<R>(withParameters(query, parameters));
      return result.rows;
    },
    sql: (db) => compile(db).sql,
  };
}

/** A query of many rows whose text depends only on how many (a multi-row insert or update). */
export interface PreparedRowsQuery<R> {
  /** Runs it for `rows` rows with its parameters given in order, as the query's text places them. */
  execute(db: Db, rows: number, parameters: unknown[]): Promise<R[]>;
}

/**
 * A query of `rows` rows, built with placeholder values and compiled by `build`, kept per database kind for
 * `keptRows` rows (a full chunk; other counts compile each time, so that no count of rows is kept without
 * bound). Its parameters go positionally: for a thousand of them, naming each as prepareQuery does costs as
 * much as Kysely's compiling.
 */
export function prepareRowsQuery<R>(
  build: (db: Db, rows: number) => CompiledQuery<R>,
  keptRows: number,
): PreparedRowsQuery<R> {
  const kept = new Map<unknown, string>();
  return {
    async execute(db, rows, parameters) {
      const dialect = db.getExecutor().adapter.constructor;
      let text = rows === keptRows ? kept.get(dialect) : undefined;
      if (text === undefined) {
        text = build(db, rows).sql;
        if (rows === keptRows) kept.set(dialect, text);
      }
      const direct = runInTransaction(db, text, parameters);
      if (direct) return ROWS.mapRows(direct) as R[];
      return (await db.executeQuery<R>(CompiledQuery.raw(text, parameters))).rows;
    },
  };
}
