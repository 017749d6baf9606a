// Every answer carries the security headers: a Content-Security-Policy without inline scripts, no
// sniffing, no framing, no referrer leaks; problem answers and unknown addresses included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/build-test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await buildTestApp({ seed: false });
});
afterAll(async () => {
  await ctx.close();
});

describe('security headers', () => {
  it.each([
    ['a public route', '/api/health', 200],
    ['a refused request', '/api/plans', 401],
    ['an unknown address', '/api/nowhere', 404],
  ])('are on %s', async (_what, url, status) => {
    const res = await ctx.anonymous.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
