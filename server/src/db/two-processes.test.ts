// Two server processes on one database (two `npm start` on one SQLite file, or two instances behind a
// proxy) under a minute of mixed load: dashboards and KPI pages read, values written by many clients to
// both processes, several racing for the same cells, and sign-ins whose session one process creates and
// the other serves. No answer may be a 5xx; the races may only end in 409 or 404 problems; afterwards
// both processes show the same figures and every accepted write is in the audit log exactly once.
//
// The database is the project's: a SQLite file in the `server` project (where SQLITE_BUSY and
// SQLITE_BUSY_SNAPSHOT arise when a transaction reads before it writes), a fresh PostgreSQL database in
// `server-pg` (where racing first writes of one cell meet the unique index). Both are real runs; neither skips.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Readable, Writable } from 'node:stream';
import type { EntrySheet, KpiValue, Problem } from '@rbm/shared/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../fixtures/seed.ts';
import { TEST_NOW } from '../../test/build-test-app.ts';
import { createApiToken, createUser } from '../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { childEnvironment, REPO_ROOT } from '../config.ts';
import { migrateToLatest } from './migrator.ts';

/** How long the load runs. */
const LOAD_SECONDS = 60;
/** Clients sending requests at the same time, each one after the other. */
const CLIENTS = 50;
/** An open quarter of the demo data (draft values), and how many of its KPIs the writers share. */
const PRIORITY = 'KAP-2';
const PERIOD = '2026-Q3';
const HOT_CELLS = 4;
const PASSWORD = 'two-processes-load';

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

interface Server {
  child: Child;
  port: number;
  /** The end of what the process printed, for the failure message. */
  output: string[];
}

/** Every process started, stopped after the test whatever happened (even if it never listened). */
const children: Child[] = [];

function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'server/test/serve-app.ts')],
    {
      cwd: REPO_ROOT,
      env: childEnvironment({ DATABASE_URL: databaseUrl, RBM_DEMO: 'true', LOG_LEVEL: 'warn' }),
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(String(chunk));
    if (output.length > 200) output.shift();
  };
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No server within 60 s:\n${output.join('')}`)), 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      const port = /listening (\d+)/.exec(output.join(''))?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ child, port: Number(port), output });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped (${code}) before listening:\n${output.join('')}`));
    });
  });
}

async function stop(child: Child): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(kill);
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
  setCookie: string[];
}

interface Tally {
  requests: number;
  reads: number;
  /** Value writes sent (PUT and DELETE). */
  writeAttempts: number;
  /** Accepted value writes (PUT and DELETE), and those that changed something (so were audited). */
  writes: number;
  audited: number;
  sessionWrites: number;
  conflicts: number;
  status: Record<number, number>;
  /** Every answer that is a failure of the server, not a lost race. */
  unexpected: string[];
}

const tally: Tally = {
  requests: 0,
  reads: 0,
  writeAttempts: 0,
  writes: 0,
  audited: 0,
  sessionWrites: 0,
  conflicts: 0,
  status: {},
  unexpected: [],
};

/** The refusals a lost race may end in: someone else's newer version, or a value deleted meanwhile. */
const RACE_CODES: Record<number, string[]> = {
  409: ['version_conflict', 'version_required'],
  404: ['not_found'],
};

async function call(
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  tally.requests += 1;
  let answer: Answer;
  try {
    const res = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    answer = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      text: await res.text(),
      setCookie: res.headers.getSetCookie(),
    };
  } catch (error) {
    tally.unexpected.push(`${method} ${url} on ${port}: ${(error as Error).message}`);
    return { status: 0, contentType: '', text: '', setCookie: [] };
  }
  tally.status[answer.status] = (tally.status[answer.status] ?? 0) + 1;
  if (answer.status >= 400) {
    const problem = answer.contentType.startsWith('application/problem+json')
      ? (JSON.parse(answer.text) as Problem)
      : null;
    const lostRace = problem !== null && (RACE_CODES[answer.status] ?? []).includes(problem.code);
    if (answer.status === 409) tally.conflicts += 1;
    if (!lostRace)
      tally.unexpected.push(`${answer.status} ${method} ${url} on ${port}: ${answer.text.slice(0, 300)}`);
  }
  return answer;
}

interface Cell {
  kpiId: number;
  unit: string;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

let database: TestDatabase;
let servers: Server[] = [];
const tokens: string[] = [];
let cells: Cell[] = [];
/** The version each writer believes a cell has (null: no value), shared so writers race on it. */
const versions = new Map<number, number | null>();
let auditBefore = 0;

const sheetUrl = `/api/entry/${PRIORITY}/${PERIOD}`;

function learnVersions(sheet: EntrySheet): void {
  for (const outcome of sheet.outcomes) {
    for (const kpi of outcome.kpis)
      if (versions.has(kpi.id)) versions.set(kpi.id, kpi.total?.version ?? null);
  }
}

async function refresh(port: number, auth: Record<string, string>): Promise<void> {
  const res = await call(port, 'GET', sheetUrl, auth);
  tally.reads += 1;
  if (res.status === 200) learnVersions(JSON.parse(res.text) as EntrySheet);
}

async function read(port: number, auth: Record<string, string>): Promise<void> {
  const url = pick(['/api/dashboard', `/api/kpis/${pick(cells).kpiId}`, '/api/kpis', sheetUrl]);
  await call(port, 'GET', url, auth);
  tally.reads += 1;
}

async function write(port: number, auth: Record<string, string>): Promise<void> {
  tally.writeAttempts += 1;
  const cell = pick(cells);
  const known = versions.get(cell.kpiId) ?? null;
  const url = `/api/kpis/${cell.kpiId}/values/${PERIOD}`;
  if (known !== null && Math.random() < 0.1) {
    const res = await call(port, 'DELETE', `${url}?version=${known}`, auth);
    if (res.status === 204) {
      tally.writes += 1;
      tally.audited += 1;
      versions.set(cell.kpiId, null);
    } else await refresh(port, auth);
    return;
  }
  const value =
    cell.unit === 'percent' ? Math.floor(Math.random() * 101) : 1 + Math.floor(Math.random() * 1e6);
  const res = await call(port, 'PUT', url, auth, known === null ? { value } : { value, version: known });
  if (res.status === 200 || res.status === 201) {
    const stored = JSON.parse(res.text) as KpiValue;
    tally.writes += 1;
    if (res.status === 201 || stored.version !== known) tally.audited += 1;
    versions.set(cell.kpiId, stored.version);
  } else await refresh(port, auth);
}

/** Signs in on one process, is served by the other, signs out on either: sessions live in the database. */
async function signInCycle(client: number): Promise<void> {
  const [first, second] = Math.random() < 0.5 ? servers : [...servers].reverse();
  const login = await call(
    first?.port ?? 0,
    'POST',
    '/api/auth/login',
    {},
    {
      // one account per client: the throttle counts a sign-in before checking its password, so more than five
      // at once of one account from one address would be refused as a burst of guesses (429)
      username: `load-${client}`,
      password: PASSWORD,
    },
  );
  if (login.status !== 200) return;
  tally.sessionWrites += 1;
  const cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = JSON.parse(login.text) as { csrfToken: string };
  const session = { cookie, 'x-csrf-token': csrfToken };
  const me = await call(second?.port ?? 0, 'GET', '/api/auth/session', session);
  tally.reads += 1;
  if (me.status !== 200) return;
  const out = await call(pick(servers).port, 'POST', '/api/auth/logout', session);
  if (out.status === 204) tally.sessionWrites += 1;
}

async function runClient(client: number, until: number): Promise<void> {
  const auth = { authorization: `Bearer ${tokens[client % tokens.length]}` };
  while (performance.now() < until) {
    const port = pick(servers).port;
    const roll = Math.random();
    if (roll < 0.35) await read(port, auth);
    else if (roll < 0.97) await write(port, auth);
    else await signInCycle(client);
  }
}

beforeAll(async () => {
  database = await createTestDatabase({ onFile: true });
  const { db } = database;
  await migrateToLatest(db);
  await seed(db, { demo: true, now: TEST_NOW });
  for (let i = 0; i < 8; i += 1) {
    const admin = await createUser(db, { username: `load-admin-${i}`, role: 'admin' });
    tokens.push(await createApiToken(db, admin));
    const planner = await createUser(db, {
      username: `load-planner-${i}`,
      role: 'planner',
      priorities: [PRIORITY],
    });
    tokens.push(await createApiToken(db, planner));
  }
  for (let i = 0; i < CLIENTS; i += 1) {
    await createUser(db, {
      username: `load-${i}`,
      role: 'planner',
      password: PASSWORD,
      priorities: [PRIORITY],
    });
  }
  auditBefore = await auditCount();
  servers = await Promise.all([startServer(database.url), startServer(database.url)]);
}, 180_000);

afterAll(async () => {
  await Promise.all(children.map(stop));
  await database?.drop();
}, 60_000);

async function auditCount(): Promise<number> {
  const row = await database.db
    .selectFrom('auditLog')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entity', '=', 'kpi_value')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function sheetOf(server: Server): Promise<EntrySheet> {
  const res = await fetch(`http://127.0.0.1:${server.port}${sheetUrl}`, {
    headers: { authorization: `Bearer ${tokens[0]}` },
  });
  expect(res.status).toBe(200);
  return (await res.json()) as EntrySheet;
}

describe('two server processes on one database', () => {
  it(
    `answer a minute of mixed load (${CLIENTS} clients, racing writes) without a 5xx`,
    async () => {
      const sheet = await sheetOf(servers[0] as Server);
      expect(sheet.editable).toBe(true);
      cells = sheet.outcomes
        .flatMap((o) => o.kpis)
        .filter((k, i, all) => k.due && all.findIndex((o) => o.id === k.id) === i)
        .slice(0, HOT_CELLS)
        .map((k) => ({ kpiId: k.id, unit: k.unit }));
      expect(cells).toHaveLength(HOT_CELLS);
      for (const cell of cells) versions.set(cell.kpiId, null);
      learnVersions(sheet);

      const until = performance.now() + LOAD_SECONDS * 1000;
      await Promise.all(Array.from({ length: CLIENTS }, (_, client) => runClient(client, until)));

      const errors = Object.entries(tally.status)
        .filter(([status]) => Number(status) >= 500)
        .reduce((sum, [, n]) => sum + n, 0);
      const summary =
        `${tally.requests} requests: ${tally.reads} reads, ${tally.writeAttempts} value writes sent ` +
        `(${tally.writes} accepted, ${tally.conflicts} conflicts), ${tally.sessionWrites} sign-ins and ` +
        `sign-outs, ${errors} 5xx; statuses ${JSON.stringify(tally.status)}`;
      console.log(`two processes on ${database.dialect}: ${summary}`);
      const logs = servers.map((s) => s.output.join('').slice(-3000)).join('\n---\n');
      expect(
        tally.unexpected,
        `${summary}\nfirst failures:\n${tally.unexpected.slice(0, 10).join('\n')}\n${logs}`,
      ).toEqual([]);
      expect(errors).toBe(0);
      expect(tally.writes).toBeGreaterThan(0);
      expect(tally.sessionWrites).toBeGreaterThan(0);

      // Every accepted change is traced exactly once; both processes show the stored values.
      expect(await auditCount()).toBe(auditBefore + tally.audited);
      const stored = await database.db
        .selectFrom('kpiValue')
        .select(['kpiId', 'version'])
        .where('period', '=', PERIOD)
        .where('regionId', 'is', null)
        .where(
          'kpiId',
          'in',
          cells.map((c) => c.kpiId),
        )
        .execute();
      const expected = new Map(
        cells.map((c) => [c.kpiId, stored.find((s) => s.kpiId === c.kpiId)?.version ?? null]),
      );
      for (const server of servers) {
        versions.clear();
        for (const cell of cells) versions.set(cell.kpiId, null);
        learnVersions(await sheetOf(server));
        expect(new Map(versions)).toEqual(expected);
      }
      // Each process caches figures per data revision: after the other's writes both show the same.
      const dashboards = await Promise.all(
        servers.map(async (server) => {
          const res = await fetch(`http://127.0.0.1:${server.port}/api/dashboard`, {
            headers: { authorization: `Bearer ${tokens[0]}` },
          });
          expect(res.status).toBe(200);
          return res.json();
        }),
      );
      expect(dashboards[1]).toEqual(dashboards[0]);
    },
    (LOAD_SECONDS + 120) * 1000,
  );
});
