// Kysely's SQLite dialect with write transactions that take SQLite's write lock when they begin.
//
// Kysely begins transactions with a plain (deferred) `begin`: the lock is taken only at the first write.
// When another process wrote in between (two `npm start` on one file), a transaction that read first
// cannot upgrade: SQLite answers SQLITE_BUSY at once (no busy wait, or two readers could deadlock) or
// SQLITE_BUSY_SNAPSHOT (what it read is stale). Every transaction of this server writes (auditedWrite,
// sign-in, sign-out, the seeder, the migrator), so each begins with `begin immediate`: it waits for the lock
// up to the busy timeout, then reads and writes without another process slipping in between.
// Statements outside a transaction are their own transactions and wait for the lock as well.
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
