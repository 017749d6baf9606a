// Shows its content only to users whose role has the permission; everyone else reads why not.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@rbm/shared';
import { useSession } from '../utils/session-context.ts';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (can(permission)) return children;
  return (
    <section className="state state-error" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{t('auth.notAllowed.title')}</h1>
      <p>{t('auth.notAllowed.body')}</p>
    </section>
  );
}
