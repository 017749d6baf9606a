// Large reads from SQLite on a thread of their own. better-sqlite3 runs a query on the thread that calls it:
// a whole plan's values (224,000 at 2,000 KPIs: 200-400 ms of SQLite) held every other request up, and the
// figures could start on the rows only once the last one was read. The reader thread opens the same file
// read-only (WAL lets it read beside the writer) and runs a list of queries in one read transaction, handing
// back each query's rows as soon as that query is done: the server's thread parses one chunk while the reader
// reads the next. Files only: an in-memory database has no second connection, and the rows a transaction has
// written but not committed are seen by its own connection alone (readerOf answers only for the database
// itself, never for a transaction).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A query whose rows are one column each (a chunk of JSON text, say), with its parameters. */
export interface ReaderQuery {
  sql: string;
  parameters: readonly unknown[];
}

/** The reader thread (CommonJS, evaluated): one read-only connection, one request at a time. */
const READER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const statements = new Map();
const prepare = (sql) => {
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql).pluck();
    if (statements.size >= 50) statements.delete(statements.keys().next().value);
    statements.set(sql, statement);
  }
  return statement;
};
const begin = db.prepare('begin');
const end = db.prepare('commit');
parentPort.postMessage({ ready: true });
parentPort.on('message', ({ id, queries }) => {
  try {
    begin.run();
    try {
      for (let index = 0; index < queries.length; index++) {
        const { sql, parameters } = queries[index];
        parentPort.postMessage({ id, index, rows: prepare(sql).all(...parameters) });
      }
    } finally {
      end.run();
    }
    parentPort.postMessage({ id, done: true });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

type Reply =
  | { ready: true }
  | ({ id: number } & ({ index: number; rows: unknown[] } | { done: true } | { error: string }));

interface Pending {
  onRows: (rows: unknown[], index: number) => void;
  resolve: () => void;
  reject: (error: Error) => void;
}

export class SqliteReader {
  private worker: Worker | null = null;
  /** Resolves once the thread has its connection open (or has failed to). */
  private ready: Promise<void> = Promise.resolve();
  private markReady: () => void = () => undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly file: string) {}

  /**
   * Runs the queries in order on the reader's thread, in one read transaction (what was committed when the
   * first began), and calls `onRows` on this thread with each query's rows as soon as that query is done.
   */
  read(queries: readonly ReaderQuery[], onRows: (rows: unknown[], index: number) => void): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The SQLite reader is closed'));
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { onRows, resolve, reject });
      worker.ref(); // a read in flight keeps the process up; an idle reader does not
      worker.postMessage({ id, queries }); // copied to the thread as it is (structured clone)
    });
  }

  /**
   * Starts the thread ahead of the first read and resolves once its connection is open (a thread takes some
   * 30-100 ms to come up): a server does so before it listens, as it opens its own connection, so that its
   * first request does not wait for the thread.
   */
  open(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.start();
    return this.ready;
  }

  /** Stops the thread (a read in flight is refused). */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('The SQLite reader was closed during a read'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(READER_THREAD, { eval: true, workerData: { driver, file: this.file } });
    this.ready = new Promise((resolve) => (this.markReady = resolve));
    worker.unref();
    worker.on('message', (reply: Reply) => this.answer(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', () => {
      this.markReady(); // a thread that could not open its connection fails the reads instead
      if (this.worker === worker) this.worker = null; // started again by the next read
      this.fail(new Error('The SQLite reader stopped during a read'));
    });
    this.worker = worker;
    return worker;
  }

  private answer(reply: Reply): void {
    if ('ready' in reply) return this.markReady();
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if ('rows' in reply) {
      try {
        pending.onRows(reply.rows, reply.index);
      } catch (error) {
        this.settle(reply.id);
        pending.reject(error as Error);
      }
      return;
    }
    this.settle(reply.id);
    if ('error' in reply) pending.reject(new Error(reply.error));
    else pending.resolve();
  }

  private settle(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker?.unref();
  }

  private fail(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(error);
  }
}
