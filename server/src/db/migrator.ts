// Runs the numbered migrations in /migrations (NNNN_subject.ts), forward only. The built server carries
// them compiled in (bundled-migrations.ts); otherwise they are read from the folder.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  Migrator,
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
} from 'kysely';
import { REPO_ROOT, StartupError } from '../config.ts';
import { bundledMigrations } from './bundled-migrations.ts';

export const MIGRATIONS_FOLDER = path.join(REPO_ROOT, 'migrations');
/** scripts/build-server.mjs picks the same files for the built server. */
const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.ts$/;

/** Only files named like migrations count; helpers in subfolders and anything else are ignored. */
class NumberedMigrationProvider implements MigrationProvider {
  constructor(private readonly folder: string) {}

  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(this.folder)).filter((f) => MIGRATION_FILE.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const module = (await import(pathToFileURL(path.join(this.folder, file)).href)) as Migration;
      migrations[file.replace(/\.ts$/, '')] = module;
    }
    return migrations;
  }
}

function migratorFor(db: Kysely<any>, folder: string): Migrator {
  const provider: MigrationProvider =
    bundledMigrations !== null && folder === MIGRATIONS_FOLDER
      ? { getMigrations: async () => ({ ...bundledMigrations }) }
      : new NumberedMigrationProvider(folder);
  // Migrations name tables and columns in snake_case themselves, so they run without the camelCase plugin.
  return new Migrator({ db: db.withoutPlugins(), provider });
}

/** Applies every pending migration; returns the names applied (empty when the database is current). */
export async function migrateToLatest(db: Kysely<any>, folder = MIGRATIONS_FOLDER): Promise<string[]> {
  const { error, results }: MigrationResultSet = await migratorFor(db, folder).migrateToLatest();
  if (error) {
    const message = (error as Error).message ?? String(error);
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    // no migration ran at all: the database itself did not answer
    if (!failed) throw new StartupError(`Cannot reach the database: ${message}`);
    throw new StartupError(`Database migration ${failed} failed: ${message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(db: Kysely<any>, folder = MIGRATIONS_FOLDER): Promise<string[]> {
  const all = await migratorFor(db, folder).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** The names of this code's migrations, in order, as a database's kysely_migration table records them. */
export async function migrationNames(folder = MIGRATIONS_FOLDER): Promise<string[]> {
  return Object.keys(await new NumberedMigrationProvider(folder).getMigrations());
}
