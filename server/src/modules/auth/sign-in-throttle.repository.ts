// Every query of the sign-in throttle: its counters, one row per account, address and (account, address)
// pair. An attempt locks its three rows first (an upsert: the write lock on SQLite, row locks on
// PostgreSQL), so the read and the count that follow cannot interleave with another attempt's.
import type { Db } from '../../db/connection.ts';

export type CounterKind = 'account' | 'address' | 'pair';

export interface CounterKey {
  kind: CounterKind;
  /** '' for an address counter */
  username: string;
  /** '' for an account counter */
  address: string;
}

export interface Counter extends CounterKey {
  failures: number;
  lastFailureAt: string | null;
  trustedAt: string | null;
}

const sameKey = (key: CounterKey) => ({ kind: key.kind, username: key.username, address: key.address });

/**
 * Creates the missing counters and locks all of them until the transaction ends. The no-op update is
 * what takes the lock; the keys come sorted, so two attempts always lock in the same order.
 */
export async function lockCounters(db: Db, keys: CounterKey[]): Promise<void> {
  await db
    .insertInto('signInThrottle')
    .values(keys.map((key) => ({ ...sameKey(key), failures: 0, lastFailureAt: null, trustedAt: null })))
    .onConflict((oc) =>
      oc
        .columns(['kind', 'username', 'address'])
        .doUpdateSet((eb) => ({ failures: eb.ref('signInThrottle.failures') })),
    )
    .execute();
}

export async function findCounters(db: Db, keys: CounterKey[]): Promise<Counter[]> {
  const rows = await db
    .selectFrom('signInThrottle')
    .selectAll()
    .where((eb) => eb.or(keys.map((key) => eb.and(sameKey(key)))))
    .execute();
  return rows.map((row) => ({ ...row, kind: row.kind as CounterKind, failures: Number(row.failures) }));
}

export async function setCounter(
  db: Db,
  key: CounterKey,
  values: { failures: number; lastFailureAt?: string | null; trustedAt?: string | null },
): Promise<void> {
  await db
    .updateTable('signInThrottle')
    .set(values)
    .where((eb) => eb.and(sameKey(key)))
    .execute();
}

/**
 * Takes back a failure counted at `countedAt` (an attempt whose password proved right), and its time too
 * while no later failure has replaced it: a right password must not make the next guess wait.
 */
export async function uncountFailure(
  db: Db,
  key: CounterKey,
  countedAt: string,
  lastFailureBefore: string | null,
): Promise<void> {
  await db
    .updateTable('signInThrottle')
    .set((eb) => ({
      failures: eb
        .case()
        .when('failures', '>', 0)
        .then(eb('failures', '-', 1))
        .else(0)
        .end(),
      lastFailureAt: eb
        .case()
        .when('lastFailureAt', '=', countedAt)
        .then(eb.val(lastFailureBefore))
        .else(eb.ref('lastFailureAt'))
        .end(),
    }))
    .where((eb) => eb.and(sameKey(key)))
    .execute();
}

/** Counters with no failure since `failedBefore` and no trust since `trustedBefore` say nothing any more. */
export async function deleteStaleCounters(
  db: Db,
  failedBefore: string,
  trustedBefore: string,
): Promise<void> {
  await db
    .deleteFrom('signInThrottle')
    .where((eb) =>
      eb.and([
        eb.or([eb('lastFailureAt', 'is', null), eb('lastFailureAt', '<', failedBefore)]),
        eb.or([eb('trustedAt', 'is', null), eb('trustedAt', '<', trustedBefore)]),
      ]),
    )
    .execute();
}
