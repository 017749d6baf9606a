// npm run db:reset [-- --yes] — deletes the SQLite database file and builds it again from the fixtures.
// Asks first in a terminal; without one it needs --yes. Refuses while a server or another db: command
// has the database open.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, StartupError } from '../config.ts';
import { createDb } from '../db/connection.ts';
import { acquireDatabaseLock } from '../db/database-lock.ts';
import { prepareDatabase } from '../startup/prepare-database.ts';
import { confirm, isInteractive } from './confirm.ts';
import { sqliteTarget } from './sqlite-target.ts';

const USAGE = 'Usage: npm run db:reset [-- --yes]';

async function main(): Promise<void> {
  const config = loadConfig();
  let yes: boolean;
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: { yes: { type: 'boolean', short: 'y' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    yes = values.yes ?? false;
  } catch (error) {
    throw new StartupError(`${(error as Error).message}. ${USAGE}`);
  }
  const file = sqliteTarget(config, 'db:reset', 'drop and recreate the PostgreSQL database yourself');
  const lock = acquireDatabaseLock(file, 'exclusive');
  try {
    const fixtures = config.demo ? 'the framework and demo data' : 'the framework';
    const go = await confirm(
      `Delete ${file} and everything in it, and start again from ${fixtures}? (npm run db:backup keeps a copy)`,
      { yes, interactive: isInteractive(), refusal: `db:reset deletes ${file} and everything in it` },
    );
    if (!go) {
      console.log('Cancelled: nothing was deleted.');
      return;
    }
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
    console.log(`Deleted ${file}`);
    const db = createDb(config.database);
    try {
      await prepareDatabase(
        db,
        { demo: config.demo, shippedFrameworks: config.shippedFrameworks, now: new Date() },
        (line) => console.log(line),
      );
    } finally {
      await db.destroy();
    }
  } finally {
    lock.release();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof StartupError ? `Failed: ${error.message}` : error);
    process.exit(1);
  },
);
