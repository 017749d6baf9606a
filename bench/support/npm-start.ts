// `npm start` as a person runs it, in its own process group on a free port, for the start and Lighthouse
// benches: how long until /api/health answers, and a clean stop (SIGTERM to the group, as CI does).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { REPO_ROOT } from '../../server/src/config.ts';

export interface RunningStart {
  url: string;
  /** Milliseconds from spawning `npm start` to the first 200 of /api/health. */
  healthyAfterMs: number;
  /** What it printed (standard output and error). */
  output: () => string;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

/** Starts `npm start` on the SQLite file `database` (created, migrated and loaded if new). */
export async function npmStart(database: string, timeoutMs = 300_000): Promise<RunningStart> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${database}`, LOG_LEVEL: 'warn' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  while (!(await healthy(url))) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    if (performance.now() - started > timeoutMs) {
      await stopGroup(child);
      throw new Error(`npm start was not healthy within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    url,
    healthyAfterMs: performance.now() - started,
    output: () => output,
    stop: () => stopGroup(child),
  };
}
