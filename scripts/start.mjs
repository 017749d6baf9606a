// npm start: runs the built server (server/dist/server.mjs), building it first when it is missing or older
// than its sources. The bundle is imported into this same process, so signals (SIGTERM, Ctrl+C) reach the
// server's own handlers and there is no second Node to start.
import { pathToFileURL } from 'node:url';
import { buildServer, SERVER_BUNDLE, serverBuildIsStale } from './build-server.mjs';

if (serverBuildIsStale()) {
  console.log('Building the server (missing or older than its sources)...');
  await buildServer();
}
process.setSourceMapsEnabled(true);
await import(pathToFileURL(SERVER_BUNDLE).href);
