// /admin/users/:id: one account: details, password, active or not, personal API tokens.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { useUser } from '../../features/users/api/get-user.ts';
import { AccountStatus } from '../../features/users/components/AccountStatus.tsx';
import { ApiTokens } from '../../features/users/components/ApiTokens.tsx';
import { EditUserForm } from '../../features/users/components/EditUserForm.tsx';
import { ResetPasswordForm } from '../../features/users/components/ResetPasswordForm.tsx';
import { Layout } from '../Layout.tsx';
import { useScopeChoices } from '../use-scope-choices.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

function UserAdmin({ id }: { id: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const user = useUser(id);
  const choices = useScopeChoices();
  const created = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/users">{t('users.back')}</Link>
      </p>
      {user.isPending && <Loading label={t('users.loadingUser')} />}
      {user.isError && (
        <ErrorState error={user.error} message={t('users.userError')} onRetry={() => void user.refetch()} />
      )}
      {user.data && (
        <>
          <div className="page-heading">
            <h1>{user.data.displayName}</h1>
            <p className="muted">
              <span className="code">{user.data.username}</span> · {t(`roles.${user.data.role}`)} ·{' '}
              {user.data.active ? t('users.status.active') : t('users.status.inactive')}
            </p>
            {created && (
              <p className="notice" role="status">
                {t('users.create.done')}
              </p>
            )}
          </div>
          <div className="panel">
            <EditUserForm key={user.data.id} user={user.data} choices={choices} />
          </div>
          <div className="panel">
            <ResetPasswordForm user={user.data} />
          </div>
          <AccountStatus user={user.data} isSelf={session.user?.id === user.data.id} />
          <ApiTokens user={user.data} />
        </>
      )}
    </>
  );
}

export function UserPage() {
  const { id = '' } = useParams();
  const userId = /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
  if (userId === null) return <NotFoundPage />;
  return (
    <Layout>
      <RequirePermission permission="users:manage">
        <UserAdmin id={userId} />
      </RequirePermission>
    </Layout>
  );
}
