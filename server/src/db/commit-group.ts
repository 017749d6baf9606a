// Writes that arrive together share one SQLite transaction (group commit). SQLite commits one transaction
// at a time, and on this product's writes the commit costs more than the statements before it: the pages
// the write dirtied are appended to the WAL, and with synchronous = FULL the WAL is synced to disk. The
// writes whose requests were read in one turn of the event loop run one after another in one transaction,
// each in its own savepoint (one that fails is rolled back alone and answers its own error), then the group
// finishes (the audit's shared work) and commits once. Each write is answered only after that commit, so an
// acknowledged write is exactly as durable as before. PostgreSQL runs its transactions side by side instead
// (no groups there).
import { CompiledQuery } from 'kysely';
import { isSqlite, runInTransaction, type Db } from './connection.ts';

/** One write of a group: its work in the shared transaction, and what it hands to the group's finish. */
export type GroupWork<T, M> = (tx: Db) => Promise<{ result: T; member: M }>;

/** The group's shared work after its writes, with what each write that succeeded handed over. */
type Finish<M> = (tx: Db, members: M[]) => Promise<void>;

/** Writes per group at most: a long queue is committed in steps, so the first answers do not wait for all. */
const MAX_GROUP = 64;

// Taken when this module loads: a test that fakes timers must not hold the writes back.
const nextTurn = globalThis.setImmediate;

/** A savepoint's statement, at once on the group's connection (runInTransaction: groups are SQLite's). */
function run(tx: Db, query: CompiledQuery): void {
  if (!runInTransaction(tx, query.sql, [])) throw new Error('A commit group runs in a SQLite transaction');
}
const SAVEPOINT = CompiledQuery.raw('savepoint group_member');
const RELEASE = CompiledQuery.raw('release group_member');
const ROLLBACK = CompiledQuery.raw('rollback to group_member');

interface Queued<M> {
  work: GroupWork<unknown, M>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

class CommitGroups<M> {
  #queue: Array<Queued<M>> = [];
  #scheduled = false;
  #running = false;

  constructor(
    private readonly db: Db,
    private readonly finish: Finish<M>,
  ) {}

  join<T>(work: GroupWork<T, M>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  /** The next group starts once this turn's requests have been read (and the running group is done). */
  #schedule(): void {
    if (this.#scheduled || this.#running || this.#queue.length === 0) return;
    this.#scheduled = true;
    nextTurn(() => {
      this.#scheduled = false;
      void this.#run();
    });
  }

  async #run(): Promise<void> {
    this.#running = true;
    const group = this.#queue.splice(0, MAX_GROUP);
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      await this.db.transaction().execute(async (tx) => {
        const members: M[] = [];
        for (const queued of group) {
          run(tx, SAVEPOINT);
          try {
            const { result, member } = await queued.work(tx);
            run(tx, RELEASE);
            members.push(member);
            outcomes.push({ ok: true, value: result });
          } catch (error) {
            // Undoes this write alone; should SQLite have ended the transaction, the whole group fails.
            run(tx, ROLLBACK);
            run(tx, RELEASE);
            outcomes.push({ ok: false, error });
          }
        }
        await this.finish(tx, members);
      });
      group.forEach((queued, i) => {
        const outcome = outcomes[i];
        if (outcome?.ok) queued.resolve(outcome.value);
        else queued.reject(outcome?.error);
      });
    } catch (error) {
      // The transaction failed as a whole (begin, finish or commit): none of its writes happened.
      for (const queued of group) queued.reject(error);
    } finally {
      this.#running = false;
      this.#schedule();
    }
  }
}

const groupsByDb = new WeakMap<Db, Map<Finish<never>, CommitGroups<never>>>();

/** Whether writes on this database share commits: SQLite's one connection, outside any transaction. */
export function sharesCommits(db: Db): boolean {
  return !db.isTransaction && isSqlite(db);
}

/**
 * Runs `work` in the next shared transaction of `db` (see sharesCommits) and resolves with its result once
 * that transaction has committed. `finish` (one function per kind of group: writes with different finishes
 * are grouped apart) runs once per group after its writes, with what each write that succeeded handed over.
 */
export function joinCommitGroup<T, M>(db: Db, finish: Finish<M>, work: GroupWork<T, M>): Promise<T> {
  let byFinish = groupsByDb.get(db);
  if (!byFinish) {
    byFinish = new Map();
    groupsByDb.set(db, byFinish);
  }
  let groups = byFinish.get(finish as Finish<never>) as CommitGroups<M> | undefined;
  if (!groups) {
    groups = new CommitGroups<M>(db, finish);
    byFinish.set(finish as Finish<never>, groups as unknown as CommitGroups<never>);
  }
  return groups.join(work);
}
