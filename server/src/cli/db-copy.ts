// npm run db:copy -- --to postgres://user:pass@host/db  — copies every row of the configured database
// (DATABASE_URL, by default the SQLite file) into another one, which is migrated first and must be empty.
// --from names another source. Stop the server first: writes made during the copy would not be copied.
import { parseArgs } from 'node:util';
import { parseDatabaseUrl, StartupError } from '../config.ts';
import { createDb } from '../db/connection.ts';
import { copyDatabase } from '../db/copy-database.ts';
import { runCli } from './run-cli.ts';

const USAGE = 'Usage: npm run db:copy -- --to postgres://user:pass@host/db [--from file:data/rbm.sqlite]';

runCli(async (configured, config) => {
  let values: { to?: string | undefined; from?: string | undefined };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      allowPositionals: false,
      options: { to: { type: 'string' }, from: { type: 'string' } },
    }));
  } catch (error) {
    throw new StartupError(`${(error as Error).message}\n${USAGE}`);
  }
  if (!values.to) throw new StartupError(`Name the target database with --to\n${USAGE}`);
  const sourceLocation = values.from ? parseDatabaseUrl(values.from) : config.database;
  const targetLocation = parseDatabaseUrl(values.to);
  if (JSON.stringify(sourceLocation) === JSON.stringify(targetLocation))
    throw new StartupError('The source and the target are the same database');
  const source = values.from ? createDb(sourceLocation) : configured;
  const target = createDb(targetLocation);
  try {
    const copied = await copyDatabase(source, target, (line) => console.log(line));
    const total = Object.values(copied).reduce((sum, n) => sum + n, 0);
    console.log(`Copied ${total} rows of ${Object.keys(copied).length} tables.`);
  } finally {
    await target.destroy();
    if (source !== configured) await source.destroy();
  }
});
