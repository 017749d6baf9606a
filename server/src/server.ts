// Entry point of `npm start`: read the configuration, prepare the database, build the client when
// needed, serve API and SPA on one port, and close gracefully on SIGINT/SIGTERM.
import { DEMO_LOGINS } from '../../fixtures/demo-users.ts';
import { buildApp } from './app.ts';
import { mailStatusLine, type NotifierSettings } from './modules/notifications/notifier.ts';
import { listUsers } from './modules/users/users.service.ts';
import { loadConfig, StartupError, type Config } from './config.ts';
import { sqliteFileOf } from './db/database-lock.ts';
import { startBackupSchedule } from './startup/backup-schedule.ts';
import { ensureClientBuild } from './startup/client-build.ts';
import { openDatabase } from './startup/open-database.ts';
import { prepareDatabase } from './startup/prepare-database.ts';

const log = (line: string) => console.log(line);

function describeListenError(error: NodeJS.ErrnoException, config: Config): string {
  if (error.code === 'EADDRINUSE')
    return `Port ${config.port} on ${config.host} is already in use: stop the other program or set PORT`;
  if (error.code === 'EACCES')
    return `Not allowed to listen on ${config.host}:${config.port}: choose a PORT above 1023`;
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return `HOST ${config.host} is not an address of this machine`;
  return `Cannot listen on ${config.host}:${config.port}: ${error.message}`;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { db, close: closeDb } = openDatabase(config.database);
  await prepareDatabase(
    db,
    { demo: config.demo, shippedFrameworks: config.shippedFrameworks, now: new Date() },
    log,
  );
  await ensureClientBuild(config.clientDist, log);
  const { notifications } = config;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const notifier: NotifierSettings = {
    ...notifications,
    publicUrl: (notifications.publicUrl ?? `http://${host}:${config.port}`).replace(/\/+$/, ''),
  };
  const app = await buildApp({
    db,
    clientDist: config.clientDist,
    logLevel: config.logLevel,
    auth: config.auth,
    notifications: notifier,
  });

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await closeDb();
    throw new StartupError(describeListenError(error as NodeJS.ErrnoException, config));
  }

  log('');
  log(`RBM dashboard is ready at http://${host}:${config.port}/`);
  log(`API documentation:        http://${host}:${config.port}/docs`);
  const users = await listUsers({ db, now: new Date() });
  if (config.demo) {
    log('Demo mode: the KPI values shown are generated demonstration data.');
    const present = new Set(users.filter((u) => u.active).map((u) => u.username));
    const logins = DEMO_LOGINS.filter((l) => present.has(l.username));
    if (logins.length > 0) {
      log('Demo sign-ins (username / password):');
      for (const l of logins) log(`  ${l.username.padEnd(10)} ${l.password}   ${l.role}`);
    }
  } else if (users.length === 0) {
    log('No users yet: create the first administrator with `npm run user:create`.');
  }

  const databaseFile = sqliteFileOf(config.database);
  const backups =
    config.backup.everyHours === null || databaseFile === null
      ? null
      : startBackupSchedule({
          databaseFile,
          folder: config.backup.folder,
          everyHours: config.backup.everyHours,
          keep: config.backup.keep,
          now: () => new Date(),
          log: { info: (line) => app.log.info(line), error: (line) => app.log.error(line) },
        });
  if (backups) {
    log(
      `Backups:                  every ${config.backup.everyHours} h into ${config.backup.folder} (the newest ${config.backup.keep} kept)`,
    );
  }
  log(mailStatusLine(notifier));
  app.notifier.start();

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal} received: finishing open requests and closing...`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await backups?.stop();
    await app.close();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
