// Serves the API (no SPA) on the database named by DATABASE_URL, for load tests from another process.
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import { createDb } from '../../server/src/db/connection.ts';

const config = loadConfig();
const db = createDb(config.database);
const app = await buildApp({ db, clientDist: null, logLevel: 'silent' });
await app.listen({ host: '127.0.0.1', port: config.port });
process.send?.('ready');
// The bench asks for the server's CPU time around each load, to tell server cost from client limits, and
// for its memory (resident set now, and the most it has held).
process.on('message', (message) => {
  if (message === 'usage') {
    process.send?.({
      cpu: process.cpuUsage(),
      rss: process.memoryUsage().rss,
      maxRss: process.resourceUsage().maxRSS * 1024,
    });
  }
});
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => db.destroy())
    .then(() => process.exit(0));
});
