// Builds the SPA once before the browser tests when it is missing or older than its sources.
import { ensureClientBuild } from '../server/src/startup/client-build.ts';
import { CLIENT_DIST } from './support/test-server.ts';

export default async function setup(): Promise<void> {
  await ensureClientBuild(CLIENT_DIST, (line) => console.log(line));
}
