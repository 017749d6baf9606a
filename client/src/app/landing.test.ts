// The first screen's requests start side by side before anything renders: the session at once, the
// overview's figures as soon as someone is signed in; nothing but the session for other addresses, and
// nothing more for a visitor who is not signed in.
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authKeys } from '../features/auth/api/query-keys.ts';
import { frameworkKeys } from '../features/framework/api/query-keys.ts';
import { fakeApi, json, problem } from '../test/fake-api.ts';
import { framework, plans, sessionFor } from '../test/fixtures.ts';
import { landingPlan, startLanding } from './landing.ts';
import { createQueryClient } from './query-client.ts';

const statistics = { indicators: [] };
const api = (session: () => Response) =>
  fakeApi({
    'GET /api/auth/session': session,
    'GET /api/plans': () => json(200, plans),
    'GET /api/plans/SP-TEST/framework': () => json(200, framework),
    'GET /api/stats': () => json(200, statistics),
  });
const paths = (calls: { method: string; path: string }[]) => calls.map((c) => `${c.method} ${c.path}`).sort();

describe('landing requests', () => {
  it("knows the overview's addresses", () => {
    expect(landingPlan('/')).toEqual({ plan: null });
    expect(landingPlan('/plans/SP-TEST/overview')).toEqual({ plan: 'SP-TEST' });
    expect(landingPlan('/plans/SP%202024/overview/')).toEqual({ plan: 'SP 2024' });
    expect(landingPlan('/plans/SP-TEST/explorer')).toBeNull();
    expect(landingPlan('/admin/users')).toBeNull();
  });

  it("asks for the session and, once signed in, for the overview's figures, before any render", async () => {
    const server = api(() => json(200, sessionFor('viewer')));
    const queryClient = createQueryClient();
    startLanding(queryClient, '/plans/SP-TEST/overview');
    expect(paths(server.calls)).toEqual(['GET /api/auth/session']);
    await waitFor(() =>
      expect(paths(server.calls)).toEqual([
        'GET /api/auth/session',
        'GET /api/plans',
        'GET /api/plans/SP-TEST/framework',
        'GET /api/stats',
      ]),
    );
    // in the cache the page reads, in the language it asks in
    await waitFor(() =>
      expect(queryClient.getQueryData(frameworkKeys.tree('SP-TEST', 'en'))).toEqual(framework),
    );
  });

  it('asks for nothing more when nobody is signed in, or when the address is another page', async () => {
    const signedOut = api(() => problem(401, 'unauthenticated'));
    const queryClient = createQueryClient();
    startLanding(queryClient, '/');
    await waitFor(() => expect(queryClient.getQueryState(authKeys.session())?.status).toBe('success'));
    expect(paths(signedOut.calls)).toEqual(['GET /api/auth/session']);

    const elsewhere = api(() => json(200, sessionFor('admin')));
    const other = createQueryClient();
    startLanding(other, '/admin/users');
    await waitFor(() => expect(other.getQueryState(authKeys.session())?.status).toBe('success'));
    expect(paths(elsewhere.calls)).toEqual(['GET /api/auth/session']);
  });
});
