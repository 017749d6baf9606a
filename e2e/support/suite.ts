// The frame of a browser-test file: one test server and one Chromium for all its tests, closed at the end.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server.ts';

/** Starts the file's server and browser before its tests and hands them over; closes both after. */
export function browserSuite(
  ready: (server: TestServer, browser: Browser) => void | Promise<void>,
  options: TestServerOptions = {},
): void {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(options), launchBrowser()]);
    await ready(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
