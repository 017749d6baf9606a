// Shared frame of the command-line tools: configuration, database, one clear line on failure.
import { loadConfig, StartupError, type Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import { openDatabase } from '../startup/open-database.ts';

export function runCli(task: (db: Db, config: Config) => Promise<void>): void {
  let database: ReturnType<typeof openDatabase> | undefined;
  const finish = async (code: number) => {
    await database?.close();
    process.exit(code);
  };
  (async () => {
    const config = loadConfig();
    database = openDatabase(config.database);
    await task(database.db, config);
    await finish(0);
  })().catch(async (error: unknown) => {
    console.error(error instanceof StartupError ? `Failed: ${error.message}` : error);
    await finish(1);
  });
}
