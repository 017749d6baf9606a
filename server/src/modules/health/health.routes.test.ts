import type { Problem } from '@rbm/shared/schemas';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/build-test-app.ts';

describe('GET /api/health', () => {
  it('answers ok without sign-in while the database answers, and 503 problem+json once it does not', async () => {
    const ctx = await buildTestApp({ seed: false });
    const ok = await ctx.anonymous.inject({ method: 'GET', url: '/api/health' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok' });
    await ctx.db.destroy();
    const down = await ctx.anonymous.inject({ method: 'GET', url: '/api/health' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['content-type']).toContain('application/problem+json');
    expect(down.json<Problem>().code).toBe('database_unavailable');
    await ctx.close(); // drops the test database (on PostgreSQL too)
  });
});
