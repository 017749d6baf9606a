// Who performs a request. Every write names its actor in the audit log.
import type { Role } from '@rbm/shared';

export interface Actor {
  userId: number | null;
  username: string;
  role: Role;
}

/** The actor of requests made before sign-in is enabled, and of command-line tools. */
export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: null, username: 'system', role: 'admin' });
