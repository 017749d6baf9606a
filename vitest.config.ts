// One Vitest run over every workspace; `npm test` prints coverage of the RBM calculation module.
// The server suite runs a second time on PostgreSQL (project server-pg) when RBM_TEST_PG_URL names a
// role that may create databases; .ci/run always starts PostgreSQL and sets it.
import { defineConfig } from 'vitest/config';

const serverTests = ['server/**/*.test.ts', 'fixtures/**/*.test.ts', 'migrations/**/*.test.ts'];
// The server tests drive real databases and servers; speed goals live in `npm run bench`, not in a timeout.
// Under CI's two workers on two cores single tests take up to 4-6 s, so 5 s (Vitest's default) fails at random.
const serverTimeouts = { testTimeout: 20_000, hookTimeout: 60_000 };
// The server files share their worker's modules (isolate: false): each file builds its own databases and
// apps, and nothing of theirs lives in a module, so importing the server anew for each of some hundred files
// (most of the suite's time on a two-core machine) buys nothing.
const serverWorkers = { isolate: false };
const postgres = process.env.RBM_TEST_PG_URL
  ? [
      {
        test: {
          name: 'server-pg',
          root: '.',
          include: serverTests,
          environment: 'node',
          globalSetup: ['./server/test/prepared-databases.ts'],
          env: { RBM_TEST_DIALECT: 'postgres' },
          ...serverTimeouts,
          ...serverWorkers,
        },
      },
    ]
  : [];
if (postgres.length === 0 && !process.argv.includes('--project')) {
  console.log(
    'PostgreSQL suite not run: set RBM_TEST_PG_URL=postgres://user:pass@host/postgres (CI always does).',
  );
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          root: '.',
          include: serverTests,
          environment: 'node',
          globalSetup: ['./server/test/prepared-databases.ts'],
          ...serverTimeouts,
          ...serverWorkers,
        },
      },
      ...postgres,
      {
        // The repository's own tooling: the lint rules fire on deliberate violations.
        test: {
          name: 'tools',
          root: '.',
          include: ['scripts/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: './client/vite.config.ts',
        test: {
          name: 'client',
          root: './client',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        // Browser tests: the built SPA and a real server in Debian's Chromium, after the other projects.
        // Each file starts its own server (on a free port) and browser, and two files run at once, never
        // more: on this two-core machine more time sign-ins out; two took the run from 873 s to 645 s.
        test: {
          name: 'browser',
          root: '.',
          include: ['e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['./e2e/global-setup.ts'],
          // the files of a worker share its modules (the server, Playwright, the fixtures)
          isolate: false,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits for what the screen shows after a write; Vitest's 1 s default is shorter than a
          // save and its refetch take under CI's two workers (a passing run is not faster: polls stop at success)
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
    coverage: {
      provider: 'v8',
      include: ['shared/src/rbm/**/*.ts'],
      exclude: ['**/*.test.ts', '**/index.ts'],
      reporter: ['text'],
      thresholds: { branches: 100, lines: 100, functions: 100, statements: 100 },
    },
  },
});
