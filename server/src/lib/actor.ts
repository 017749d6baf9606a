// Who performs a request. Every write names its actor in the audit log; authorization reads the role
// and the scope.
import type { Role } from '@rbm/shared';

export interface Actor {
  userId: number | null;
  username: string;
  role: Role;
  /** The thematic priorities in scope; null means every priority (admins, the system). */
  priorityIds: ReadonlySet<number> | null;
  /** How the request was authenticated. */
  via: 'session' | 'token' | 'system' | 'anonymous';
}

/** The actor of command-line tools and fixtures. */
export const SYSTEM_ACTOR: Actor = Object.freeze({
  userId: null,
  username: 'system',
  role: 'admin',
  priorityIds: null,
  via: 'system',
});

/** A request without a valid session or token: it may use public routes only. */
export const ANONYMOUS_ACTOR: Actor = Object.freeze({
  userId: null,
  username: 'anonymous',
  role: 'viewer',
  priorityIds: new Set<number>(),
  via: 'anonymous',
});
