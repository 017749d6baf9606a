// Where to go after signing in. Only paths of this app are followed, so a crafted link cannot send a
// user who has just signed in to another site.

export const SIGN_IN_PATH = '/sign-in';

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === SIGN_IN_PATH || next.startsWith(`${SIGN_IN_PATH}?`) || next.startsWith(`${SIGN_IN_PATH}/`))
    return '/';
  return next;
}

export type SignInReason = 'expired';

export function signInPath(next: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  if (next !== '/') params.set('next', next);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query === '' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${query}`;
}
