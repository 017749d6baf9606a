// Builds the SPA when its build is missing or older than its sources, so `npm start` always serves
// what the checkout contains.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, StartupError } from '../config.ts';

const CLIENT = path.join(REPO_ROOT, 'client');
const SOURCES = [
  path.join(CLIENT, 'src'),
  path.join(CLIENT, 'index.html'),
  path.join(CLIENT, 'public'),
  path.join(CLIENT, 'vite.config.ts'),
  path.join(REPO_ROOT, 'shared', 'src'),
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function clientBuildIsStale(dist: string): boolean {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

export async function ensureClientBuild(dist: string, log: (line: string) => void): Promise<void> {
  if (!clientBuildIsStale(dist)) return;
  log('Building the web client (missing or older than its sources)...');
  const started = Date.now();
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: CLIENT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0)
    throw new StartupError(
      'The web client did not build (see the messages above); run `npm run build -w client`',
    );
  log(`Web client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
