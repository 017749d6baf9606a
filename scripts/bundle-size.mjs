// Prints the gzipped JavaScript the landing route loads (the entry chunk, the home page's chunk and
// everything they import statically), then what the home page fetches right after on its own (its charts,
// loaded lazily so the figures do not wait for Recharts), and fails when the two together are over the
// budget of 250 KB (issue 7).
// Run after `vite build` (client/package.json "build"); reads the Vite manifest of client/dist.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;
/** The landing route: "/" lands on the Connect 2030 overview (HomeRedirect). */
const LANDING_PAGE = 'src/app/pages/OverviewPage.tsx';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'client', 'dist');
const manifestFile = path.join(dist, '.vite', 'manifest.json');
if (!fs.existsSync(manifestFile)) {
  console.error(`bundle-size: no Vite manifest at ${manifestFile} (build.manifest must be on)`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
if (!entry) {
  console.error('bundle-size: the manifest has no entry chunk');
  process.exit(1);
}
if (!manifest[LANDING_PAGE]) {
  console.error(`bundle-size: the manifest has no chunk for ${LANDING_PAGE}`);
  process.exit(1);
}

/** A chunk and its static imports, each once. */
function staticClosure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

function sizes(keys) {
  return keys
    .map((key) => manifest[key].file)
    .filter((file) => file.endsWith('.js'))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dist, file));
      return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}
const kb = (bytes) => `${(bytes / 1000).toFixed(1).padStart(7)} KB`;
const sum = (rows) => rows.reduce((total, row) => total + row.gzip, 0);

const initial = staticClosure([entry[0], LANDING_PAGE]);
const rows = sizes([...initial]);
console.log('\nLanding route (/ -> Connect 2030 overview), JavaScript loaded before the page shows:');
for (const row of rows) console.log(`  ${kb(row.gzip)} gzip  ${kb(row.raw)} raw  ${row.file}`);
const total = sum(rows);
console.log(`  ${kb(total)} gzip before the page shows`);

// The chart code the landing route loads lazily (components/charts/LazyCharts.tsx: Recharts, fetched when
// the first chart comes near the screen, or with the figures on a wide screen): what the landing route's
// chunks import dynamically, other than pages and language files.
const lazyRoots = [...initial]
  .flatMap((key) => manifest[key].dynamicImports ?? [])
  .filter((key) => !key.startsWith('src/app/pages/') && !key.endsWith('.json'));
if (lazyRoots.length === 0) {
  console.error('bundle-size: the landing route loads no chart code lazily: update this script');
  process.exit(1);
}
const later = sizes([...staticClosure(lazyRoots)].filter((key) => !initial.has(key)));
if (later.length > 0) {
  console.log('Then loaded by the home page itself (its charts):');
  for (const row of later) console.log(`  ${kb(row.gzip)} gzip  ${kb(row.raw)} raw  ${row.file}`);
}
// The budget covers everything the home screen needs to be complete, charts included.
const complete = total + sum(later);
const verdict = complete <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(
  `  ${kb(complete)} gzip for the complete home screen: ${verdict} the budget of ${kb(BUDGET_BYTES).trim()}\n`,
);
if (complete > BUDGET_BYTES) process.exit(1);
