// Shared frame of the command-line tools: configuration, database, one clear line on failure.
import { loadConfig, StartupError, type Config } from '../config.ts';
import { createDb, type Db } from '../db/connection.ts';

export function runCli(task: (db: Db, config: Config) => Promise<void>): void {
  let db: Db | undefined;
  const finish = async (code: number) => {
    await db?.destroy();
    process.exit(code);
  };
  (async () => {
    const config = loadConfig();
    db = createDb(config.database);
    await task(db, config);
    await finish(0);
  })().catch(async (error: unknown) => {
    console.error(error instanceof StartupError ? `Failed: ${error.message}` : error);
    await finish(1);
  });
}
