// A real server process for tests that kill it or back it up under load: opens the database named by
// DATABASE_URL as `npm start` does (shared lock, then createDb), builds the app with its clock fixed at
// the first argument, listens on a free port and sends the port to its parent. No SPA, no seeding.
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/startup/open-database.ts';

const now = new Date(process.argv[2] ?? '');
if (Number.isNaN(now.getTime())) throw new Error('Usage: serve-file.ts ISO-DATE (the server clock)');
const config = loadConfig();
const { db, close } = openDatabase(config.database);
const app = await buildApp({ db, clientDist: null, now: () => now });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.send?.({ port: typeof address === 'object' && address !== null ? address.port : 0 });
process.on('SIGTERM', () => {
  void app
    .close()
    .then(close)
    .then(() => process.exit(0));
});
