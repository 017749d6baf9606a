// A real server process for tests that need several (two processes on one database): the database of
// DATABASE_URL brought up to date as `npm start` does, the app built with the suite's fixed clock, listening
// on a free port of 127.0.0.1. Prints "listening <port>" once ready. It stops on SIGTERM, and on its own
// when the test that started it goes away (its stdin closes), so no server outlives a failed run.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDb } from '../src/db/connection.ts';
import { prepareDatabase } from '../src/startup/prepare-database.ts';
import { TEST_NOW } from './build-test-app.ts';

const config = loadConfig();
const db = createDb(config.database);
await prepareDatabase(
  db,
  { demo: config.demo, shippedFrameworks: config.shippedFrameworks, now: TEST_NOW },
  () => undefined,
);
const app = await buildApp({
  db,
  clientDist: null,
  logLevel: config.logLevel,
  auth: config.auth,
  now: () => TEST_NOW,
});
await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${(app.server.address() as AddressInfo).port}\n`);

let closing = false;
async function close(): Promise<void> {
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(1), 5_000).unref();
  await app.close();
  await db.destroy();
  process.exit(0);
}
process.on('SIGTERM', () => void close());
process.stdin.on('end', () => void close());
process.stdin.on('error', () => void close());
process.stdin.resume();
