// The sign-in throttle: slows password guessing without letting a stranger lock the owner out.
//
// Three counters of failed attempts, each with its own rule: the (account, address) pair, the account
// from anywhere, and the address across accounts. A counter lets `free` failures through; after that
// each attempt must wait a delay that doubles with every further failure (first .. max seconds after the
// last one), and the answer is 429 with Retry-After. A counter with no failure for an hour starts again.
//
// - The pair is the tight one (5 free, 15 s growing to 15 min): one address hammering one account gets
//   about ten guesses in its first hour and four an hour after that.
// - The account counter stops guessing spread over many addresses (10 free, 1 s growing to only 60 s):
//   at most about 70 failures an hour (ASVS 2.2.1 asks for no more than 100). Its delay is short and
//   bounded on purpose, since strangers can drive it up.
// - The address counter stops one address trying many accounts (50 free, 15 s growing to 15 min).
// - An address the right password has come from lately (30 days) is trusted for that account: only the
//   pair counter applies there. An attacker elsewhere therefore never delays the owner at a place they
//   have signed in from, and delays the owner at a new place by at most the account's 60 s.
//
// Every attempt is counted before its password is checked: in one transaction it locks its three
// counters (an upsert: SQLite's write lock, PostgreSQL's row locks, so it holds across server
// processes), checks the rules and counts one failure on each. Only then is the password checked; the
// right one takes its failure back from the account and address, clears the pair and trusts it. A burst
// of parallel guesses thus gets exactly `free` password checks; the rest are answered 429 unchecked.
import { transactionWithRetry } from '../../db/transaction-retry.ts';
import type { ServiceContext } from '../../lib/service-context.ts';
import { AppError } from '../../errors.ts';
import * as repo from './sign-in-throttle.repository.ts';
import type { Counter, CounterKey, CounterKind } from './sign-in-throttle.repository.ts';

export interface ThrottleRule {
  /** Failures let through before any delay. */
  free: number;
  /** The delay after the first failure past `free`; it doubles with each further one ... */
  firstDelaySeconds: number;
  /** ... up to this. */
  maxDelaySeconds: number;
}

export const THROTTLE = Object.freeze({
  pair: { free: 5, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60 },
  account: { free: 10, firstDelaySeconds: 1, maxDelaySeconds: 60 },
  address: { free: 50, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60 },
  /** A counter with no failure for this long starts from zero again. */
  forgetAfterMinutes: 60,
  /** How long a right password trusts its address for the account. */
  trustDays: 30,
} satisfies Record<CounterKind, ThrottleRule> & Record<string, unknown>);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** The failures that still count at `now` (none once the counter has been quiet long enough). */
function liveFailures(counter: Pick<Counter, 'failures' | 'lastFailureAt'>, now: Date): number {
  if (counter.lastFailureAt === null) return 0;
  const quiet = now.getTime() - new Date(counter.lastFailureAt).getTime();
  return quiet >= THROTTLE.forgetAfterMinutes * MINUTE ? 0 : counter.failures;
}

/** Seconds the rule makes the next attempt wait (0: it may go now). */
function secondsToWait(
  rule: ThrottleRule,
  counter: Pick<Counter, 'failures' | 'lastFailureAt'>,
  now: Date,
): number {
  const past = liveFailures(counter, now) - rule.free;
  if (past < 0 || counter.lastFailureAt === null) return 0;
  const delay = Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** past) * 1000;
  const until = new Date(counter.lastFailureAt).getTime() + delay;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** The counters one attempt touches, in the order every attempt locks them. */
function keysOf(username: string, address: string): CounterKey[] {
  return [
    { kind: 'account', username, address: '' },
    { kind: 'address', username: '', address },
    { kind: 'pair', username, address },
  ];
}

/** An attempt counted as a failure until its password proves right: what it changed, to take it back. */
export interface Attempt {
  countedAt: string;
  counters: Counter[];
}

/** Counts the attempt (before its password is checked), or answers 429 with Retry-After. */
export async function reserveAttempt(
  ctx: ServiceContext,
  input: { username: string; address: string },
): Promise<Attempt> {
  const { db, now } = ctx;
  const keys = keysOf(input.username, input.address);
  const stamp = now.toISOString();
  const { wait, counters } = await transactionWithRetry(db, async (tx) => {
    await repo.lockCounters(tx, keys);
    const found = await repo.findCounters(tx, keys);
    const counter = (key: CounterKey): Counter =>
      found.find((c) => c.kind === key.kind) ?? { ...key, failures: 0, lastFailureAt: null, trustedAt: null };
    const counters = keys.map(counter);
    const pair = counters.find((c) => c.kind === 'pair') as Counter;
    const trusted =
      pair.trustedAt !== null &&
      now.getTime() - new Date(pair.trustedAt).getTime() < THROTTLE.trustDays * DAY;
    const seconds = Math.max(
      ...counters
        .filter((c) => c.kind === 'pair' || !trusted)
        .map((c) => secondsToWait(THROTTLE[c.kind], c, now)),
    );
    if (seconds > 0) return { wait: seconds, counters };
    for (const c of counters) {
      await repo.setCounter(tx, c, { failures: liveFailures(c, now) + 1, lastFailureAt: stamp });
    }
    return { wait: 0, counters };
  });
  if (wait > 0) {
    throw new AppError(
      429,
      'too_many_attempts',
      `Too many failed sign-ins: try again in ${wait} seconds`,
      undefined,
      { 'retry-after': String(wait) },
    );
  }
  return { countedAt: stamp, counters };
}

/** The password was right: the attempt is no failure, the pair starts again and its address is trusted. */
export async function recordSuccess(ctx: ServiceContext, attempt: Attempt): Promise<void> {
  const { now } = ctx;
  await transactionWithRetry(ctx.db, async (tx) => {
    for (const counter of attempt.counters) {
      if (counter.kind === 'pair') {
        await repo.setCounter(tx, counter, { failures: 0, trustedAt: now.toISOString() });
      } else {
        await repo.uncountFailure(tx, counter, attempt.countedAt, counter.lastFailureAt);
      }
    }
  });
}

/** Drops counters that no longer say anything (quiet past the forget time, trust expired). */
export async function forgetStaleCounters(ctx: ServiceContext): Promise<void> {
  const { now } = ctx;
  await repo.deleteStaleCounters(
    ctx.db,
    new Date(now.getTime() - THROTTLE.forgetAfterMinutes * MINUTE).toISOString(),
    new Date(now.getTime() - THROTTLE.trustDays * DAY).toISOString(),
  );
}
