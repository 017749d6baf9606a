// Environment read once into a frozen, typed object. Anything wrong stops start-up with one clear line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the repository lives, so relative paths work whatever folder `npm start` runs from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** SQLite's `synchronous` in WAL mode: FULL syncs every commit (survives power loss), NORMAL only at
 * checkpoints (survives a crash of the process, may lose the last commits on power loss). */
export type SqliteSynchronous = 'FULL' | 'NORMAL';
export const DEFAULT_SQLITE_SYNCHRONOUS: SqliteSynchronous = 'FULL';

export type DatabaseLocation =
  | {
      dialect: 'sqlite';
      file: string /* absolute path, or ':memory:' */;
      /** Unset: DEFAULT_SQLITE_SYNCHRONOUS. */
      synchronous?: SqliteSynchronous;
      /** ':memory:' only: start as a copy of this serialized database (the test suite's prepared one). */
      image?: Buffer;
    }
  | { dialect: 'postgres'; connectionString: string };

export interface Config {
  readonly database: DatabaseLocation;
  readonly host: string;
  readonly port: number;
  /** Demo mode seeds demonstration users and KPI values into an empty database. */
  readonly demo: boolean;
  /** Load the shipped ITU plans (and the ICT statistics they cite) into an empty database; false starts
   * empty, for an organisation that imports its own framework. */
  readonly shippedFrameworks: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** The built SPA served at `/`. */
  readonly clientDist: string;
  readonly auth: AuthSettings;
  readonly backup: BackupSettings;
  readonly notifications: NotificationSettings;
}

export interface NotificationSettings {
  /** `smtp://` or `smtps://` URL of the mail server (credentials in it); null: the inbox alone. */
  readonly smtpUrl: string | null;
  /** The From of every e-mail. */
  readonly mailFrom: string;
  /** A reminder goes this many days before a quarter's due day. */
  readonly reminderDaysBefore: number;
  /** Minutes between reminder sweeps of the running server (one also runs at start). */
  readonly sweepEveryMinutes: number;
  /** The address e-mails link to; null: the server's own HOST and PORT. */
  readonly publicUrl: string | null;
}

export interface BackupSettings {
  /** Where `npm run db:backup` (without a folder) and scheduled backups write. */
  readonly folder: string;
  /** Hours between scheduled backups taken by the running server; null: none. */
  readonly everyHours: number | null;
  /** Scheduled backups kept (the newest); older scheduled ones are deleted. */
  readonly keep: number;
}

export interface AuthSettings {
  /** A session unused for this long ends. */
  readonly sessionIdleMinutes: number;
  /** A session ends this long after sign-in, used or not. */
  readonly sessionMaxHours: number;
  /** Behind a reverse proxy: take the client address and https from X-Forwarded-* headers. */
  readonly trustProxy: boolean;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = Object.freeze({
  sessionIdleMinutes: 60,
  sessionMaxHours: 12,
  trustProxy: false,
});

/** A configuration or start-up problem a person can fix; printed as one line, without a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export function parseDatabaseUrl(raw: string, cwd: string = REPO_ROOT): DatabaseLocation {
  const value = raw.trim();
  if (value === ':memory:' || value === 'file::memory:') return { dialect: 'sqlite', file: ':memory:' };
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) {
    try {
      new URL(value);
    } catch {
      throw new StartupError(`DATABASE_URL is not a valid PostgreSQL URL: "${value}"`);
    }
    return { dialect: 'postgres', connectionString: value };
  }
  const file = value.startsWith('file:') ? value.slice('file:'.length) : null;
  if (file === null || file === '' || file.startsWith('//')) {
    throw new StartupError(
      `DATABASE_URL "${value}" is not understood: use file:path/to/rbm.sqlite, :memory: or postgres://user@host/db`,
    );
  }
  return { dialect: 'sqlite', file: path.resolve(cwd, file) };
}

function parsePort(raw: string): number {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 1 to 65535, not "${raw}"`);
  }
  return port;
}

function parsePositive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new StartupError(`${name} must be a positive number, not "${raw}"`);
  return value;
}

function parseBoolean(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new StartupError(`${name} must be true or false, not "${raw}"`);
}

function parseSynchronous(raw: string | undefined): SqliteSynchronous {
  if (raw === undefined) return DEFAULT_SQLITE_SYNCHRONOUS;
  const value = raw.trim().toUpperCase();
  if (value === 'FULL' || value === 'NORMAL') return value;
  throw new StartupError(`RBM_SQLITE_SYNCHRONOUS must be full or normal, not "${raw}"`);
}

/** Longest schedule: a week (and well inside what one timer can wait). */
const MAX_BACKUP_HOURS = 168;

function parseBackup(env: Readonly<Record<string, string | undefined>>, database: DatabaseLocation) {
  const hours = env.RBM_BACKUP_EVERY_HOURS;
  const everyHours =
    hours === undefined || hours.trim() === '' ? null : parsePositive('RBM_BACKUP_EVERY_HOURS', hours, 0);
  if (everyHours !== null && everyHours > MAX_BACKUP_HOURS) {
    throw new StartupError(
      `RBM_BACKUP_EVERY_HOURS must be at most ${MAX_BACKUP_HOURS} (a week), not "${hours}"`,
    );
  }
  if (everyHours !== null && (database.dialect !== 'sqlite' || database.file === ':memory:')) {
    throw new StartupError(
      'RBM_BACKUP_EVERY_HOURS backs up a SQLite file; for PostgreSQL schedule pg_dump instead (README, Operations)',
    );
  }
  const keep = env.RBM_BACKUP_KEEP ?? '14';
  if (!/^\d+$/.test(keep.trim()) || Number(keep) < 1) {
    throw new StartupError(`RBM_BACKUP_KEEP must be a whole number of 1 or more, not "${keep}"`);
  }
  return Object.freeze({
    folder: path.resolve(REPO_ROOT, env.RBM_BACKUP_DIR ?? 'data/backups'),
    everyHours,
    keep: Number(keep),
  });
}

function parseUrl(name: string, raw: string | undefined, schemes: readonly string[]): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new StartupError(`${name} is not a URL: "${raw}"`);
  }
  if (!schemes.includes(url.protocol.slice(0, -1))) {
    throw new StartupError(`${name} must start with ${schemes.join(':// or ')}://, not "${url.protocol}"`);
  }
  return raw.trim();
}

function parseWholeNumber(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || Number(raw) > max) {
    throw new StartupError(`${name} must be a whole number from 1 to ${max}, not "${raw}"`);
  }
  return Number(raw);
}

function parseNotifications(env: Readonly<Record<string, string | undefined>>): NotificationSettings {
  const smtpUrl = parseUrl('RBM_SMTP_URL', env.RBM_SMTP_URL, ['smtp', 'smtps']);
  const mailFrom = env.RBM_MAIL_FROM?.trim() ?? '';
  if (smtpUrl !== null && !/@/.test(mailFrom)) {
    throw new StartupError('RBM_SMTP_URL needs RBM_MAIL_FROM, the sender address (e.g. rbm@example.org)');
  }
  return Object.freeze({
    smtpUrl,
    mailFrom,
    reminderDaysBefore: parseWholeNumber('RBM_REMINDER_DAYS', env.RBM_REMINDER_DAYS, 7, 60),
    sweepEveryMinutes: parseWholeNumber('RBM_SWEEP_MINUTES', env.RBM_SWEEP_MINUTES, 60, 1440),
    publicUrl: parseUrl('RBM_PUBLIC_URL', env.RBM_PUBLIC_URL, ['http', 'https']),
  });
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const logLevel = env.LOG_LEVEL ?? 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new StartupError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${logLevel}"`);
  }
  const location = parseDatabaseUrl(env.DATABASE_URL ?? 'file:data/rbm.sqlite');
  const database: DatabaseLocation =
    location.dialect === 'sqlite'
      ? { ...location, synchronous: parseSynchronous(env.RBM_SQLITE_SYNCHRONOUS) }
      : location;
  const demo = parseBoolean('RBM_DEMO', env.RBM_DEMO ?? 'true');
  const shippedFrameworks = parseBoolean('RBM_SHIPPED_FRAMEWORKS', env.RBM_SHIPPED_FRAMEWORKS ?? 'true');
  if (demo && !shippedFrameworks)
    throw new StartupError(
      'RBM_SHIPPED_FRAMEWORKS=false starts without the ITU plans the demo data stands on: set RBM_DEMO=false too',
    );
  return Object.freeze({
    database,
    host: env.HOST ?? '127.0.0.1',
    port: parsePort(env.PORT ?? '3000'),
    demo,
    shippedFrameworks,
    logLevel: logLevel as Config['logLevel'],
    clientDist: path.join(REPO_ROOT, 'client', 'dist'),
    auth: Object.freeze({
      sessionIdleMinutes: parsePositive('RBM_SESSION_IDLE_MINUTES', env.RBM_SESSION_IDLE_MINUTES, 60),
      sessionMaxHours: parsePositive('RBM_SESSION_MAX_HOURS', env.RBM_SESSION_MAX_HOURS, 12),
      trustProxy: parseBoolean('RBM_TRUST_PROXY', env.RBM_TRUST_PROXY ?? 'false'),
    }),
    backup: parseBackup(env, database),
    notifications: parseNotifications(env),
  });
}

/**
 * The database the server test suite runs on: SQLite in memory, or (when RBM_TEST_DIALECT=postgres)
 * a fresh PostgreSQL database per test file, created through RBM_TEST_PG_URL.
 */
export function loadTestDatabaseSettings(
  /** A test project's own variables (its global setup runs outside the project's environment). */
  projectEnv: Readonly<Record<string, string | undefined>> = {},
): { dialect: 'sqlite' } | { dialect: 'postgres'; adminUrl: string } {
  const env = { ...process.env, ...projectEnv };
  if (env.RBM_TEST_DIALECT !== 'postgres') return { dialect: 'sqlite' };
  const adminUrl = env.RBM_TEST_PG_URL;
  if (!adminUrl) {
    throw new StartupError(
      'RBM_TEST_DIALECT=postgres needs RBM_TEST_PG_URL (a role allowed to create databases)',
    );
  }
  return { dialect: 'postgres', adminUrl };
}

/** The environment for a child process: this process's, with `overrides` (tests start real servers so). */
export function childEnvironment(overrides: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
