// Builds the server into one JavaScript file (server/dist/server.mjs) for `npm start`, so it runs on plain
// Node without compiling TypeScript at every start. Our own code (server/src, shared/src, fixtures,
// migrations) is bundled; packages from node_modules stay imports. Plain JS: it runs before anything is
// built. `node scripts/build-server.mjs` builds; scripts/start.mjs builds only when the bundle is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bundle sits two levels below the repository, like server/src/config.ts, whose REPO_ROOT
 * (from import.meta.url) must name the same folder in the bundle as in the sources.
 */
export const SERVER_BUNDLE = path.join(ROOT, 'server', 'dist', 'server.mjs');

/** Everything the bundle is built from: a change in any of these makes it stale. */
export const SERVER_SOURCES = [
  path.join(ROOT, 'server', 'src'),
  path.join(ROOT, 'shared', 'src'),
  path.join(ROOT, 'fixtures'),
  path.join(ROOT, 'migrations'),
  fileURLToPath(import.meta.url),
];

const MIGRATIONS = path.join(ROOT, 'migrations');
/** The same files as NumberedMigrationProvider in server/src/db/migrator.ts. */
const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.ts$/;
const BUNDLED_MIGRATIONS = path.join(ROOT, 'server', 'src', 'db', 'bundled-migrations.ts');

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function serverBuildIsStale(bundle = SERVER_BUNDLE) {
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  return SERVER_SOURCES.some((source) => newestMtime(source) > built);
}

/** Packages stay imports, resolved from node_modules at run time; the workspaces (@rbm/*) are bundled. */
const keepPackagesExternal = {
  name: 'rbm-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@rbm/') || path.isAbsolute(args.path)
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** Replaces server/src/db/bundled-migrations.ts by static imports of every numbered migration. */
const bundleMigrations = {
  name: 'rbm-bundled-migrations',
  setup(build) {
    build.onLoad({ filter: /bundled-migrations\.ts$/ }, (args) => {
      if (path.resolve(args.path) !== BUNDLED_MIGRATIONS) return undefined;
      const files = fs
        .readdirSync(MIGRATIONS)
        .filter((file) => MIGRATION_FILE.test(file))
        .sort();
      const lines = files.map(
        (file, i) => `import * as m${i} from ${JSON.stringify(path.join(MIGRATIONS, file))};`,
      );
      const entries = files.map((file, i) => `  ${JSON.stringify(file.replace(/\.ts$/, ''))}: m${i},`);
      return {
        contents: [...lines, 'export const bundledMigrations = Object.freeze({', ...entries, '});'].join(
          '\n',
        ),
        loader: 'ts',
        resolveDir: MIGRATIONS,
      };
    });
  },
};

/**
 * Bundles the entry points (by default server/src/server.ts into SERVER_BUNDLE). Files are written to a
 * temporary name and renamed, so a server starting meanwhile never imports half a file.
 */
export async function buildServer({
  entryPoints = { server: path.join(ROOT, 'server', 'src', 'server.ts') },
  outdir = path.dirname(SERVER_BUNDLE),
} = {}) {
  // loaded only to build: a start with a fresh bundle does not pay for it
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    write: false,
    logLevel: 'warning',
    plugins: [keepPackagesExternal, bundleMigrations],
  });
  fs.mkdirSync(outdir, { recursive: true });
  // the .map first, so the bundle (whose mtime says "built") lands last
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path.endsWith('.mjs')) - Number(b.path.endsWith('.mjs')),
  );
  for (const file of files) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
  return files.map((file) => file.path);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildServer();
  console.log(
    `Server built into ${path.relative(process.cwd(), SERVER_BUNDLE)} in ${Date.now() - started} ms`,
  );
}
