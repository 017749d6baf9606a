// The SQLite file a db: command works on, or one line saying why it does not apply (PostgreSQL, memory).
import { StartupError, type Config } from '../config.ts';

export function sqliteTarget(config: Config, command: string, onPostgres: string): string {
  const location = config.database;
  if (location.dialect === 'postgres') {
    throw new StartupError(
      `${command} works on a SQLite file and this server uses PostgreSQL: ${onPostgres} (README, Operations)`,
    );
  }
  if (location.file === ':memory:') {
    throw new StartupError(`${command} works on a SQLite file and DATABASE_URL is :memory:`);
  }
  return location.file;
}
