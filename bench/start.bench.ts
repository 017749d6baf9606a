// npm run bench -- start: how long `npm start` takes to answer on a migrated database (goal: within 3 s),
// and the landing route's JavaScript as the server sends it (brotli, gzip, uncompressed).
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../server/src/config.ts';
import { npmStart } from './support/npm-start.ts';

const RUNS = 5;
const GOAL_MS = 3000;
const DIST = path.join(REPO_ROOT, 'client', 'dist');
/** The landing route: "/" opens the Connect 2030 overview (as in scripts/bundle-size.mjs). */
const LANDING_PAGE = 'src/app/pages/OverviewPage.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function landingScripts(): { first: string[]; charts: string[] } {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const closure = (keys: string[], seen = new Set<string>()): Set<string> => {
    for (const key of keys)
      if (!seen.has(key)) {
        seen.add(key);
        closure(manifest[key]?.imports ?? [], seen);
      }
    return seen;
  };
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const initial = closure([entry, LANDING_PAGE]);
  // what the landing route loads lazily other than pages and languages: its charts
  const lazy = [...initial]
    .flatMap((key) => manifest[key]!.dynamicImports ?? [])
    .filter((key) => !key.startsWith('src/app/pages/') && !key.endsWith('.json'));
  const charts = [...closure(lazy)].filter((key) => !initial.has(key));
  const files = (keys: Iterable<string>) =>
    [...keys].map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  return { first: files(initial), charts: files(charts) };
}

/** The bytes the server sends for a file when the browser accepts `encoding`. */
function sentBytes(url: string, encoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

async function sizes(base: string, files: string[]) {
  const total = { br: 0, gzip: 0, identity: 0 };
  for (const file of files)
    for (const encoding of ['br', 'gzip', 'identity'] as const)
      total[encoding] += await sentBytes(`${base}/${file}`, encoding);
  return total;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rbm-bench-start-'));
  const database = path.join(dir, 'rbm.sqlite');
  try {
    const first = await npmStart(database);
    console.log(
      `start: first start on an empty database (migrates, loads the demo, builds what is stale): healthy after ${seconds(first.healthyAfterMs)}`,
    );
    const { first: scripts, charts } = landingScripts();
    const landing = await sizes(first.url, scripts);
    const later = await sizes(first.url, charts);
    await first.stop();

    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const again = await npmStart(database);
      times.push(again.healthyAfterMs);
      await again.stop();
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `start: npm start on the migrated database, ${RUNS} starts: healthy after ${seconds(median)} (median; ` +
        `fastest ${seconds(sorted[0]!)}, slowest ${seconds(sorted.at(-1)!)}); goal within ${seconds(GOAL_MS)}: ` +
        `${sorted.at(-1)! <= GOAL_MS ? 'met' : median <= GOAL_MS ? 'met by the median' : 'NOT met'}`,
    );
    console.log(
      `start: landing route's JavaScript as sent (${scripts.length} files): brotli ${kb(landing.br)}, gzip ${kb(landing.gzip)}, uncompressed ${kb(landing.identity)}`,
    );
    console.log(
      `start: then its charts, once the first comes near the screen (${charts.length} file${charts.length === 1 ? '' : 's'}): brotli ${kb(later.br)}, gzip ${kb(later.gzip)}, uncompressed ${kb(later.identity)}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
