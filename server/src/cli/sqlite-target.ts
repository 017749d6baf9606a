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

/** 1234567 -> "1.2 MB (1,234,567 bytes)" */
export function describeSize(bytes: number): string {
  const size =
    bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
  return `${size} (${bytes.toLocaleString('en-US')} bytes)`;
}
