// Holds the session for the whole app. A 401 from any call ends it: what forms registered is kept
// (preserveDrafts), and the route guard sends the user to sign in, then back where they were.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Permission } from '@rbm/shared';
import { onUnauthorized } from '../../../lib/api-client.ts';
import { preserveDrafts } from '../../../lib/preserved-draft.ts';
import { useSessionQuery } from '../api/get-session.ts';
import { useLogout } from '../api/logout.ts';
import { authKeys } from '../api/query-keys.ts';
import { hasPermission } from '../utils/permissions.ts';
import { SessionContext, type SessionContextValue, type SessionEnd } from '../utils/session-context.ts';
import { forgetSession } from '../utils/session-store.ts';

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const session = useSessionQuery();
  const logout = useLogout();
  const [endedBy, setEndedBy] = useState<SessionEnd | null>(null);

  useEffect(
    () =>
      onUnauthorized(() => {
        // Order matters: drafts are written for the user whose session just ended.
        preserveDrafts();
        forgetSession();
        setEndedBy('expired');
        queryClient.setQueryData(authKeys.session(), null);
      }),
    [queryClient],
  );

  const { mutateAsync: logoutAsync, isPending: signingOut } = logout;
  const signOut = useCallback(async () => {
    setEndedBy('signOut');
    await logoutAsync();
  }, [logoutAsync]);

  const { refetch } = session;
  const user = session.data?.user ?? null;
  const value = useMemo<SessionContextValue>(
    () => ({
      status: user ? 'signedIn' : session.isPending ? 'pending' : session.isError ? 'error' : 'signedOut',
      user,
      permissions: user?.permissions ?? [],
      can: (permission: Permission) => hasPermission(user, permission),
      endedBy,
      error: session.error,
      retry: () => void refetch(),
      signOut,
      signingOut,
    }),
    [session.isPending, session.isError, session.error, user, endedBy, refetch, signOut, signingOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
