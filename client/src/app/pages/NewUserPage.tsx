// /admin/users/new: create an account.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { CreateUserForm } from '../../features/users/components/CreateUserForm.tsx';
import { Layout } from '../Layout.tsx';
import { useScopeChoices } from '../use-scope-choices.ts';
import { userPath } from './UsersPage.tsx';

function NewUser() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const choices = useScopeChoices();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin/users">{t('users.back')}</Link>
      </p>
      <h1>{t('users.create.pageTitle')}</h1>
      <div className="panel">
        <CreateUserForm
          choices={choices}
          onCreated={(user) => void navigate(userPath(user.id), { state: { created: true } })}
          onCancel={() => void navigate('/admin/users')}
        />
      </div>
    </>
  );
}

export function NewUserPage() {
  return (
    <Layout>
      <RequirePermission permission="users:manage">
        <NewUser />
      </RequirePermission>
    </Layout>
  );
}
