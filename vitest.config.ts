// One Vitest run over every workspace; `npm test` prints coverage of the RBM calculation module.
import { defineConfig } from 'vitest/config';

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
          include: ['server/**/*.test.ts', 'fixtures/**/*.test.ts', 'migrations/**/*.test.ts'],
          environment: 'node',
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
