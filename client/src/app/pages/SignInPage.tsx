// /sign-in: what the product is, and the form. Signed-in visitors go straight on to `next`.
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/ui/QueryState.tsx';
import { SignInForm } from '../../features/auth/components/SignInForm.tsx';
import { safeNextPath } from '../../features/auth/utils/next-path.ts';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { Layout } from '../Layout.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const session = useSession();
  const next = safeNextPath(params.get('next'));

  if (session.status === 'signedIn') return <Navigate to={next} replace />;
  return (
    <Layout>
      <div className="sign-in-page">
        <section className="sign-in-about" aria-labelledby="about-title">
          <h1 id="about-title">{t('app.title')}</h1>
          <p>{t('auth.productDescription')}</p>
          <p className="muted">{t('auth.productAudience')}</p>
        </section>
        <div className="panel sign-in-panel">
          {params.get('reason') === 'expired' && (
            <p className="notice" role="status">
              {t('auth.sessionExpired')}
            </p>
          )}
          {session.status === 'pending' ? <Loading label={t('auth.checkingSession')} /> : <SignInForm />}
        </div>
      </div>
    </Layout>
  );
}
