// /admin/users: every account, for users with 'users:manage'.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { useUsers } from '../../features/users/api/list-users.ts';
import { UsersTable } from '../../features/users/components/UsersTable.tsx';
import { Layout } from '../Layout.tsx';

export const userPath = (id: number) => `/admin/users/${id}`;

function UsersList() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <>
      <div className="page-heading page-heading-actions">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="muted">{t('users.intro')}</p>
        </div>
        <Link className="button" to="/admin/users/new">
          {t('users.new')}
        </Link>
      </div>
      {users.isPending && <Loading label={t('users.loading')} />}
      {users.isError && (
        <ErrorState error={users.error} message={t('users.error')} onRetry={() => void users.refetch()} />
      )}
      {users.data &&
        (users.data.items.length === 0 ? (
          <p className="state">{t('users.empty')}</p>
        ) : (
          <UsersTable users={users.data.items} userPath={userPath} />
        ))}
    </>
  );
}

export function UsersPage() {
  return (
    <Layout>
      <RequirePermission permission="users:manage">
        <UsersList />
      </RequirePermission>
    </Layout>
  );
}
