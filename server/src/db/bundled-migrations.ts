// The migrations compiled into the built server. Plain Node cannot import the .ts files in /migrations
// at run time, so scripts/build-server.mjs replaces this module in the bundle with one that imports every
// numbered migration statically. Under tsx and Vitest it stays empty and the migrator reads the folder.
import type { Migration } from 'kysely';

export const bundledMigrations: Readonly<Record<string, Migration>> | null = null;
