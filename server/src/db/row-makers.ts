// Row objects built as object literals. A row built key by key (`row[key] = value` in a loop) stores through
// a keyed site that sees every column name: V8 takes its generic path for each store and gives a wide row a
// shape of its own, about 2 µs for a row of forty columns. The same row written as one object literal takes
// 0.05 µs. So each list of columns gets a function, made once, that returns the literal; its keys and what
// each reads are the code's own (the column names of its selects), written as JSON string literals.

/** Makes a row from a source row (`s`), `m` mapping a value where a read asks for it (none needed else). */
export type RowMaker<S> = (source: S, map?: (value: unknown) => unknown) => Record<string, unknown>;

/** A function returning `{ [keys[i]]: <reads[i]> }`, each read an expression of `s` that may call `m`. */
function literalRowMaker<S>(keys: readonly string[], reads: readonly string[]): RowMaker<S> {
  if (keys.includes('__proto__')) throw new Error('A row cannot have a key __proto__');
  const fields = keys.map((key, i) => `${JSON.stringify(key)}: ${reads[i] as string}`).join(',\n');
  // the keys and reads are the code's own, never input
  return new Function('s', 'm', `"use strict";\nreturn {\n${fields}\n};`) as RowMaker<S>;
}

/** Makers kept by a caller's key (its columns), up to a bound far above the select shapes of the code. */
export class RowMakers<S> {
  readonly #kept = new Map<string, RowMaker<S>>();

  constructor(private readonly max = 2_000) {}

  /** The maker of these columns, made by `describe` (keys and reads) the first time. */
  get(id: string, describe: () => { keys: readonly string[]; reads: readonly string[] }): RowMaker<S> {
    let make = this.#kept.get(id);
    if (!make) {
      const { keys, reads } = describe();
      make = literalRowMaker<S>(keys, reads);
      if (this.#kept.size >= this.max) this.#kept.delete(this.#kept.keys().next().value as string);
      this.#kept.set(id, make);
    }
    return make;
  }
}
