// What the user receives (/inbox/settings): per kind of notice, inbox and/or e-mail.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { usePreferences } from '../../features/notifications/api/get-preferences.ts';
import { PreferencesForm } from '../../features/notifications/components/PreferencesForm.tsx';
import { Layout } from '../Layout.tsx';
import '../../features/notifications/notifications.css';

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  // E-mails follow the language stored on the user, which the header's picker changes as well.
  const { user } = useSession();
  return (
    <Layout>
      <div className="page-heading">
        <p className="breadcrumb">
          <Link to="/inbox">{t('notifications.settings.back')}</Link>
        </p>
        <h1>{t('notifications.settings.title')}</h1>
      </div>
      {preferences.isPending && <Loading label={t('notifications.settings.loading')} />}
      {preferences.isError && (
        <ErrorState
          error={preferences.error}
          message={t('notifications.settings.error')}
          onRetry={() => void preferences.refetch()}
        />
      )}
      {preferences.data && (
        <PreferencesForm
          preferences={preferences.data}
          mailLanguage={user?.language ?? preferences.data.language}
        />
      )}
    </Layout>
  );
}
