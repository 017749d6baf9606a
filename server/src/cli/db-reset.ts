// npm run db:reset — deletes the SQLite database file and builds it again from the fixtures.
import fs from 'node:fs';
import { loadConfig, StartupError } from '../config.ts';
import { createDb } from '../db/connection.ts';
import { prepareDatabase } from '../startup/prepare-database.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.database.dialect !== 'sqlite' || config.database.file === ':memory:') {
    throw new StartupError(
      'db:reset only deletes a SQLite file; drop and recreate a PostgreSQL database yourself',
    );
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${config.database.file}${suffix}`, { force: true });
  console.log(`Deleted ${config.database.file}`);
  const db = createDb(config.database);
  await prepareDatabase(db, { demo: config.demo, now: new Date() }, (line) => console.log(line));
  await db.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `Failed: ${error.message}` : error);
  process.exit(1);
});
