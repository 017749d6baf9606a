// What the rest of the client must know outside React about the session: the CSRF token sent with
// every change, and whose drafts may be given back after signing in again.
import type { Session } from '@rbm/shared/schemas';
import { setCsrfToken } from '../../../lib/api-client.ts';
import { setDraftOwner } from '../../../lib/preserved-draft.ts';

export function rememberSession(session: Session): void {
  setCsrfToken(session.csrfToken);
  setDraftOwner(session.user.id);
}

export function forgetSession(): void {
  setCsrfToken(null);
  setDraftOwner(null);
}
