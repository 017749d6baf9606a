// For durability and backup tests: a SQLite file with the framework and an administrator's API token,
// a real server process on it (serve-file.ts), and a stream of audited value PUTs that records every
// write the server acknowledged.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { seed } from '../../fixtures/seed.ts';
import { createDb } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { TEST_NOW } from './build-test-app.ts';
import { createApiToken, createUser } from './factories.ts';

/** A KPI value slot; the quarter is complete and open at TEST_NOW. */
export interface Slot {
  kpiId: number;
  period: string;
}

/** The last write the server acknowledged for a slot. */
export interface Acknowledged {
  value: number;
  version: number;
}

export const slotKey = (slot: Slot) => `${slot.kpiId}/${slot.period}`;

/** Migrates and seeds the file (no demo values: every slot is empty) and returns a token and slots. */
export async function prepareWriteDatabase(file: string): Promise<{ token: string; slots: Slot[] }> {
  const db = createDb({ dialect: 'sqlite', file });
  try {
    await migrateToLatest(db);
    await seed(db, { demo: false, now: TEST_NOW });
    const token = await createApiToken(db, await createUser(db, { username: 'writer', role: 'admin' }));
    const kpis = await db
      .selectFrom('kpi')
      .innerJoin('plan', 'plan.id', 'kpi.planId')
      .select('kpi.id')
      .where('plan.status', '=', 'active')
      .where('kpi.frequency', '=', 'quarterly')
      .where('kpi.unit', 'in', ['count', 'percent'])
      .where('kpi.active', '=', 1)
      .orderBy('kpi.id')
      .execute();
    const periods = ['2026-Q1', '2026-Q2', '2026-Q3'];
    return { token, slots: kpis.flatMap((k) => periods.map((period) => ({ kpiId: k.id, period }))) };
  } finally {
    await db.destroy();
  }
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has ended (after a signal). */
  exited: Promise<void>;
}

export async function startServerProcess(file: string): Promise<ServerProcess> {
  const child = fork(path.join(import.meta.dirname, 'serve-file.ts'), [TEST_NOW.toISOString()], {
    execArgv: ['--import', 'tsx'],
    env: { DATABASE_URL: `file:${file}`, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the test server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, exited };
}

/**
 * Writers that PUT values without pause, each over its own slots (so each slot's writes are in order),
 * recording each acknowledged write. Stops at the first failed request (the server was killed).
 */
export function startWriteStream(server: ServerProcess, token: string, slots: Slot[], writers = 4) {
  const acknowledged = new Map<string, Acknowledged>();
  let count = 0;
  let stopping = false;
  const waiters: { at: number; resolve: () => void }[] = [];
  const writer = async (own: Slot[]) => {
    for (let n = 0; !stopping; n++) {
      const slot = own[n % own.length] as Slot;
      const known = acknowledged.get(slotKey(slot));
      const body = { value: (n * 7) % 100, ...(known ? { version: known.version } : {}) };
      let response: Response;
      try {
        response = await fetch(`${server.url}/api/kpis/${slot.kpiId}/values/${slot.period}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        });
      } catch {
        return; // the server is gone
      }
      if (!response.ok) throw new Error(`PUT answered ${response.status}: ${await response.text()}`);
      const stored = (await response.json()) as Acknowledged;
      acknowledged.set(slotKey(slot), { value: stored.value, version: stored.version });
      count++;
      for (const w of waiters.filter((w) => count >= w.at)) w.resolve();
    }
  };
  const running = Promise.all(
    Array.from({ length: writers }, (_, w) => writer(slots.filter((_, i) => i % writers === w))),
  );
  return {
    acknowledged,
    count: () => count,
    /** Resolves once `more` further writes have been acknowledged; fails if the writers stop first. */
    waitFor: (more: number) =>
      Promise.race([
        new Promise<void>((resolve) => waiters.push({ at: count + more, resolve })),
        running.then(() => {
          throw new Error(`the writers stopped after ${count} writes`);
        }),
      ]),
    /** Lets each writer finish its request under way, then resolves. */
    stop: async () => {
      stopping = true;
      await running;
    },
    running,
  };
}
