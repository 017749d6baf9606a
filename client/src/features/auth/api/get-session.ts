import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Session } from '@rbm/shared/schemas';
import { ApiError, fetchRoute } from '../../../lib/api-client.ts';
import { forgetSession, rememberSession } from '../utils/session-store.ts';
import { authKeys } from './query-keys.ts';

/** The current session, or null when nobody is signed in (401 is an answer here, not an expiry). */
export async function getSession(): Promise<Session | null> {
  try {
    const session = await fetchRoute(api.getSession, {}, { notifyUnauthorized: false });
    rememberSession(session);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      forgetSession();
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: getSession,
    // Signing in, signing out and a 401 from any call update it; no need to ask again meanwhile.
    staleTime: Infinity,
    retry: false,
  });

export function useSessionQuery() {
  return useQuery(sessionQueryOptions());
}
