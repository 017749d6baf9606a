// npm run db:migrate — applies pending migrations.
import { migrateToLatest } from '../db/migrator.ts';
import { runCli } from './run-cli.ts';

runCli(async (db) => {
  const applied = await migrateToLatest(db);
  console.log(applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`);
});
