// Kysely's CamelCasePlugin, with rows mapped by their columns rather than key by key. The stock plugin
// rebuilds every row with Object.keys, a reduce and a name lookup per column; a batch of 1,000 cells reads
// some 20,000 column values, and that mapping took 14 % of the batch's profile samples, besides the garbage
// it left. The rows of one result share their columns, so each list of columns gets a function that builds a
// row as one object literal (row-makers.ts), made the first time it is read. What is mapped is unchanged:
// snake_case column names to camelCase, and the keys of objects inside values (JSON columns), as the stock
// plugin does.
import { CamelCasePlugin, type PluginTransformResultArgs, type QueryResult, type UnknownRow } from 'kysely';
import { RowMakers } from './row-makers.ts';

/** An object literal's kind (not a Date, Buffer or class instance), as Kysely tells which values to map. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === null || proto === Object.prototype;
}

export class RowCamelCasePlugin extends CamelCasePlugin {
  readonly #makers = new RowMakers<UnknownRow>();

  override async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const { rows } = args.result;
    if (!Array.isArray(rows) || !isPlainObject(rows[0])) return super.transformResult(args);
    return { ...args.result, rows: this.mapRows(rows) };
  }

  /** Rows of the database (plain objects, all of the first row's columns) as the plugin maps them. */
  mapRows(rows: readonly UnknownRow[]): UnknownRow[] {
    if (rows.length === 0) return [];
    const columns = Object.keys(rows[0] as UnknownRow);
    const make = this.#makers.get(columns.join('\0'), () => ({
      keys: columns.map((column) => this.camelCase(column)),
      reads: columns.map((column) => `m(s[${JSON.stringify(column)}])`),
    }));
    const mapped = new Array<UnknownRow>(rows.length);
    for (let r = 0; r < rows.length; r += 1) mapped[r] = make(rows[r] as UnknownRow, this.#mapColumn);
    return mapped;
  }

  /** A column's value as the row keeps it: objects inside (JSON columns) mapped, the rest as it is. */
  readonly #mapColumn = (value: unknown): unknown =>
    value !== null && typeof value === 'object' ? this.mapValue(value) : value;

  /** The key a row gives the column `column` (snake_case) under this plugin. */
  rowKey(column: string): string {
    return this.camelCase(column);
  }

  /** An object or array inside a value, mapped as the stock plugin maps it. */
  private mapValue(value: object): unknown {
    if (Array.isArray(value)) return value.map((item) => (isPlainObject(item) ? this.mapRow(item) : item));
    return isPlainObject(value) ? this.mapRow(value) : value;
  }
}
