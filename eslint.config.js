// One lint setup for every workspace; Prettier owns formatting (eslint-config-prettier turns off clashes).
// The module rules (README, "Module rules") are the last blocks; scripts/lint-rules.test.ts shows each fires.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const foldersOf = (dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const serverModules = foldersOf('server/src/modules');
const clientFeatures = foldersOf('client/src/features');
const repositories = join(root, 'server/src/modules/**/*.repository.ts');

const REPOSITORY_MESSAGE =
  "A module's repository is its own: use the other module through its service (*.service.ts), or the figures read model. See README, Module rules.";
const QUERY_MESSAGE =
  'Kysely queries live in a *.repository.ts: add a function there (db first) and call it from the service. See README, Module rules.';
const FEATURE_MESSAGE =
  'A feature never imports another feature folder: move what both need to client/src/components/ or client/src/lib/.';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      'data/**',
      'artifacts/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    // No import circles anywhere: a module that needs another's code imports it one way only.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['*/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Imports flow one way: shared -> server, shared -> client. Config is read once, in config.ts.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/server/**', '**/client/**', 'node:*', 'kysely', 'fastify'] },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    // The build configuration runs in Node, not in the browser.
    ignores: ['client/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '@rbm/server', 'node:*'] }],
    },
  },
  {
    files: ['server/**/*.ts', 'fixtures/**/*.ts', 'migrations/**/*.ts'],
    ignores: ['server/src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in server/src/config.ts only.' },
      ],
    },
  },
  {
    // Migrations are frozen once landed and must not depend on today's table types (Kysely's advice).
    files: ['migrations/**/*.ts', 'server/src/db/migrator.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Rule a: a module uses another module through its service; code outside the modules (plugins, startup,
    // the command line, server.ts) uses a module through its service too. Tests may set up data directly.
    files: ['server/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: [
            ...serverModules.map((name) => ({
              target: `./server/src/modules/${name}`,
              from: repositories,
              except: [join(root, `server/src/modules/${name}/**`)],
              message: REPOSITORY_MESSAGE,
            })),
            {
              target: ['./server/src/!(modules)/**', './server/src/*.ts'],
              from: repositories,
              message: REPOSITORY_MESSAGE,
            },
          ],
        },
      ],
    },
  },
  {
    // Rule b: every Kysely query lives in a *.repository.ts. db/ is exempt: it is the layer beneath the
    // repositories (connection, migrator, backup and copy work on every table by name, not on a resource).
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/db/**', '**/*.repository.ts', '**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.type="MemberExpression"][callee.property.name=/^(selectFrom|selectNoFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
          message: QUERY_MESSAGE,
        },
        { selector: 'TaggedTemplateExpression[tag.name="sql"]', message: QUERY_MESSAGE },
        {
          selector:
            'ImportDeclaration[source.value="kysely"][importKind="value"] ImportSpecifier[imported.name="sql"]',
          message: QUERY_MESSAGE,
        },
      ],
    },
  },
  {
    // Rule c: a client feature never imports another feature folder.
    files: ['client/src/features/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: root,
          zones: clientFeatures.map((name) => ({
            target: `./client/src/features/${name}`,
            from: './client/src/features',
            except: [`./${name}`],
            message: FEATURE_MESSAGE,
          })),
        },
      ],
    },
  },
  prettier,
);
