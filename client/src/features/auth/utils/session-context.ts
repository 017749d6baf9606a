// The signed-in user as every screen sees it: useSession() gives the user, their permissions and can().
import { createContext, useContext } from 'react';
import type { Permission } from '@rbm/shared';
import type { SessionUser } from '@rbm/shared/schemas';

export type SessionStatus = 'pending' | 'error' | 'signedOut' | 'signedIn';

/** Why the last session ended: the server stopped accepting it, or the user signed out. */
export type SessionEnd = 'expired' | 'signOut';

export interface SessionContextValue {
  status: SessionStatus;
  user: SessionUser | null;
  permissions: readonly Permission[];
  can: (permission: Permission) => boolean;
  endedBy: SessionEnd | null;
  /** Why the session could not be checked (status 'error'). */
  error: unknown;
  retry: () => void;
  signOut: () => Promise<void>;
  signingOut: boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}
