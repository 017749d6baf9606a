// Large reads from SQLite as JSON text. better-sqlite3 hands a result to JavaScript row by row and builds
// each row's object column by column: on this product's reads that is most of their time (210,000 values of
// a 2,000-KPI plan: 500-570 ms, of which SQLite's own query is 40 ms). The same rows aggregated by SQLite
// into JSON arrays (json_group_array of json_array), one text per chunk, and parsed by V8 take 210-330 ms,
// row objects included. Numbers keep every digit (SQLite writes 17 significant digits), texts and nulls come
// back as stored. BLOB columns cannot be read this way. PostgreSQL can read a select so too (json_agg), where
// a cold process parses pg's rows slowly (a 500-KPI plan's definitions, 3,600 rows: 37-66 ms of CPU against
// 9-14 as JSON text); elsewhere it reads its rows as it always has.
import {
  AliasNode,
  ColumnNode,
  CompiledQuery,
  IdentifierNode,
  ReferenceNode,
  SelectQueryNode,
  type Compilable,
  type OperationNode,
} from 'kysely';
import { RowCamelCasePlugin } from './camel-case.ts';
import { isSqlite, runInTransaction, type Db } from './connection.ts';
import { RowMakers } from './row-makers.ts';

/** A chunk of rows as SQLite wrote it: `select json_group_array(json_array(...)) as chunk ... group by ...`. */
export interface JsonChunk {
  chunk: string;
}

/**
 * The rows of JSON chunks, each row array made into an object by `toRow`. A query groups its rows into
 * chunks (by KPI, say) so that no text grows with the whole plan.
 */
export function rowsOfJsonChunks<T>(chunks: readonly JsonChunk[], toRow: (columns: unknown[]) => T): T[] {
  const rows: T[] = [];
  for (const { chunk } of chunks) {
    for (const columns of JSON.parse(chunk) as unknown[][]) rows.push(toRow(columns));
  }
  return rows;
}

/** The row keys of the database's plugin (connection.ts): camelCase. */
const ROW_KEYS = new RowCamelCasePlugin();

/** The names of a select's columns (its first select's, for a union): `col` or `... as alias`. */
function columnNames(node: OperationNode): string[] {
  if (!SelectQueryNode.is(node)) throw new Error('Only a select reads as JSON rows');
  return (node.selections ?? []).map(({ selection }) => {
    if (AliasNode.is(selection) && IdentifierNode.is(selection.alias)) return selection.alias.name;
    if (ReferenceNode.is(selection) && ColumnNode.is(selection.column)) return selection.column.column.name;
    throw new Error('A JSON read names each column (no select *)');
  });
}

/** A select compiled to read its rows as JSON text (`sql`), and the keys its rows take. */
export interface JsonRowsQuery {
  query: CompiledQuery<JsonChunk>;
  keys: string[];
  /** Makes a row of `keys` from a row array (rowMaker). */
  toRow: (columns: unknown[]) => Record<string, unknown>;
}

/**
 * The select `compiled`, its rows read as one JSON text: SQLite's json_group_array, or PostgreSQL's json_agg
 * (as text, parsed here; a select's order kept, as PostgreSQL aggregates the rows of a sorted subquery in
 * their order).
 */
export function asJsonRows(
  compiled: CompiledQuery,
  dialect: 'sqlite' | 'postgres' = 'sqlite',
): JsonRowsQuery {
  const columns = columnNames(compiled.query); // as the database names them (snake_case)
  const list = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
  const keys = columns.map((column) => ROW_KEYS.rowKey(column)); // as the rows name them
  const text =
    dialect === 'sqlite'
      ? `select json_group_array(json_array(${list})) as chunk from (${compiled.sql})`
      : `select coalesce(json_agg(json_build_array(${list})), '[]')::text as chunk from (${compiled.sql}) as r`;
  return {
    query: CompiledQuery.raw(text, [...compiled.parameters]),
    keys,
    toRow: rowMaker(keys),
  };
}

/** `query` with these parameters in place of its own (written out: spreading a query costs more). */
export function withParameters<R>(query: CompiledQuery<R>, parameters: readonly unknown[]): CompiledQuery<R> {
  return { query: query.query, queryId: query.queryId, sql: query.sql, parameters };
}

/** The rows of a JSON read, with `parameters` in place of those it was compiled with. */
export async function readJsonRows<O>(
  db: Db,
  { query, toRow }: JsonRowsQuery,
  parameters: readonly unknown[] = query.parameters,
): Promise<O[]> {
  const direct = runInTransaction(db, query.sql, parameters) as JsonChunk[] | undefined;
  const rows = direct ?? (await db.executeQuery<JsonChunk>(withParameters(query, parameters))).rows;
  return rowsOfJsonChunks(rows, toRow as (columns: unknown[]) => O);
}

const ARRAY_ROWS = new RowMakers<unknown[]>();

/** A row of `keys` from a row array, as one object literal (row-makers.ts). */
function rowMaker(keys: readonly string[]): (columns: unknown[]) => Record<string, unknown> {
  return ARRAY_ROWS.get(keys.join('\0'), () => ({ keys, reads: keys.map((_, i) => `s[${i}]`) }));
}

/**
 * The rows of a select, as `query.execute()` would answer them; on SQLite read as one JSON text (the rows
 * of a batch's cells, a few thousand at most: a whole plan's are read in chunks instead).
 */
export async function selectRows<O>(db: Db, query: Compilable<O>): Promise<O[]> {
  const compiled = query.compile();
  if (!isSqlite(db)) return (await db.executeQuery(compiled)).rows;
  return readJsonRows<O>(db, asJsonRows(compiled));
}
