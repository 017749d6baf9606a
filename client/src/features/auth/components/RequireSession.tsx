// The route guard: every page under it needs a session. Without one the user signs in first and comes
// back to the same address (and, after an expiry, to what they were typing).
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { SIGN_IN_PATH, signInPath } from '../utils/next-path.ts';
import { useSession } from '../utils/session-context.ts';

export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();

  if (session.status === 'pending')
    return (
      <main id="main" className="app-status">
        <Loading label={t('auth.checkingSession')} />
      </main>
    );
  if (session.status === 'error')
    return (
      <main id="main" className="app-status">
        <ErrorState error={session.error} message={t('auth.sessionError')} onRetry={session.retry} />
      </main>
    );
  if (session.status === 'signedOut') {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const to =
      session.endedBy === 'signOut'
        ? SIGN_IN_PATH
        : signInPath(here, session.endedBy === 'expired' ? 'expired' : undefined);
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
