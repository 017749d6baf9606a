// npm run db:backup [-- folder] — an online copy of the SQLite database (the server may go on serving and
// writing meanwhile), checked with PRAGMA integrity_check, into the folder (default RBM_BACKUP_DIR,
// data/backups). Prints the file, its size and the check; exits with 1 when the check fails.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, StartupError } from '../config.ts';
import { backupSqlite, describeSize } from '../db/backup.ts';
import { acquireDatabaseLock } from '../db/database-lock.ts';
import { sqliteTarget } from './sqlite-target.ts';

const USAGE = 'Usage: npm run db:backup [-- FOLDER]   (default: RBM_BACKUP_DIR, data/backups)';

async function main(): Promise<number> {
  const config = loadConfig();
  let positionals: string[];
  try {
    const args = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
    if (args.values.help) {
      console.log(USAGE);
      return 0;
    }
    positionals = args.positionals;
  } catch (error) {
    throw new StartupError(`${(error as Error).message}. ${USAGE}`);
  }
  if (positionals.length > 1) throw new StartupError(`One folder at most. ${USAGE}`);
  const file = sqliteTarget(config, 'db:backup', 'back it up with pg_dump');
  const folder = positionals[0] ? path.resolve(positionals[0]) : config.backup.folder;
  // shared, like the server: a backup does not stop anyone, but waits for a restore or reset to end
  const lock = acquireDatabaseLock(file, 'shared', 5000);
  try {
    const result = await backupSqlite(file, folder, 'manual', new Date());
    console.log(`Backup:    ${result.file}`);
    console.log(`Size:      ${describeSize(result.bytes)}`);
    console.log(`Integrity: ${result.integrity}`);
    if (result.integrity === 'ok') return 0;
    console.error(`Failed: the copy fails its integrity check: the database ${file} itself may be damaged`);
    return 1;
  } finally {
    lock.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof StartupError ? `Failed: ${error.message}` : error);
    process.exit(1);
  },
);
