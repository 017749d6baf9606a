// The API in a child process (bench/support/serve.ts) on a given database, and the load generator the
// benches drive it with (autocannon, from this process): shared by the api, writes and scale benches.
import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';

const cpuProfile = process.env.RBM_BENCH_CPU_PROF;

export interface ServerUsage {
  /** CPU time of the server process so far, user + system, in microseconds. */
  cpu: number;
  /** Resident set size now, in bytes. */
  rss: number;
  /** The largest resident set size so far, in bytes. */
  maxRss: number;
}

export interface BenchServer {
  url: string;
  usage: () => Promise<ServerUsage>;
  stop: () => Promise<void>;
}

/** Starts the API on `databaseUrl` (file:... or postgres://...) and resolves once it listens. */
export async function startBenchServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const server = fork(path.join(import.meta.dirname, 'serve.ts'), [], {
    // RBM_BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops (see README).
    execArgv: ['--import', 'tsx', ...(cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfile}`] : [])],
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: 'inherit',
  });
  await new Promise<void>((resolve, reject) => {
    server.once('message', () => resolve());
    server.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    usage: () =>
      new Promise((resolve) => {
        server.once('message', (m) => {
          const { cpu, rss, maxRss } = m as { cpu: NodeJS.CpuUsage; rss: number; maxRss: number };
          resolve({ cpu: cpu.user + cpu.system, rss, maxRss });
        });
        server.send('usage');
      }),
    stop: () =>
      new Promise((resolve) => {
        if (server.exitCode !== null || server.signalCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export interface LoadResult {
  /** Requests per second until the last answer (autocannon's own duration comes in whole seconds). */
  rps: number;
  total: number;
  p95: number;
  non2xx: number;
}

/** Runs autocannon (10 connections unless told) and keeps every response time for the percentiles. */
export function load(options: autocannon.Options): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    const started = performance.now();
    let finished = started;
    const instance = autocannon({ ...options, connections: options.connections ?? 10 }, (error, result) => {
      if (error) return reject(error);
      resolve({
        rps: result.requests.total / ((finished - started) / 1000),
        total: result.requests.total,
        p95: percentile(samples, 95),
        non2xx: result.non2xx + result.errors,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      samples.push(responseTime);
      finished = performance.now();
    });
  });
}

/** One audited PUT per slot (a KPI, or one of its regions, in `period`), each from `version`. */
export function putValues(
  url: string,
  auth: Record<string, string>,
  period: string,
  slots: readonly { id: number; region: string | null }[],
  value: (index: number) => number,
  version: number,
  connections = 8,
): Promise<LoadResult> {
  let next = 0;
  return load({
    url,
    amount: slots.length,
    connections,
    requests: [
      {
        method: 'PUT',
        setupRequest: (request) => {
          const index = next++ % slots.length;
          const slot = slots[index] as (typeof slots)[number];
          const body = { value: value(index), version, ...(slot.region ? { region: slot.region } : {}) };
          return {
            ...request,
            path: `/api/kpis/${slot.id}/values/${period}`,
            headers: { 'content-type': 'application/json', ...auth },
            body: JSON.stringify(body),
          };
        },
      },
    ],
  });
}
