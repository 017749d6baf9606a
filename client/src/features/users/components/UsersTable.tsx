// Every user, active or not: name, username, role, scope and whether the account is active.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '@rbm/shared/schemas';
import { scopeApplies } from '../utils/scope.ts';

function ScopeSummary({ user }: { user: User }) {
  const { t } = useTranslation();
  if (user.role === 'admin') return <>{t('users.scopeAll')}</>;
  if (!scopeApplies(user.role)) return <span className="muted">{t('users.scopeNotNeeded')}</span>;
  const { sectors, priorities } = user.scope;
  if (sectors.length === 0 && priorities.length === 0)
    return <span className="warning-text">{t('users.scopeNone')}</span>;
  return (
    <ul className="chip-list">
      {sectors.map((code) => (
        <li key={`s-${code}`} className="chip">
          {t('users.scopeSector', { sector: code })}
        </li>
      ))}
      {priorities.map((code) => (
        <li key={`p-${code}`} className="chip">
          {code}
        </li>
      ))}
    </ul>
  );
}

export function UsersTable({
  users,
  userPath,
}: {
  users: readonly User[];
  userPath: (id: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('users.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.columns.name')}</th>
            <th scope="col">{t('users.columns.username')}</th>
            <th scope="col">{t('users.columns.role')}</th>
            <th scope="col">{t('users.columns.scope')}</th>
            <th scope="col">{t('users.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.active ? undefined : 'row-inactive'}>
              <th scope="row">
                <Link to={userPath(user.id)}>{user.displayName}</Link>
                {user.email && (
                  <div className="meta">
                    <bdi>{user.email}</bdi>
                  </div>
                )}
              </th>
              <td>
                <span className="code">{user.username}</span>
              </td>
              <td>{t(`roles.${user.role}`)}</td>
              <td>
                <ScopeSummary user={user} />
              </td>
              <td>{user.active ? t('users.status.active') : t('users.status.inactive')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
