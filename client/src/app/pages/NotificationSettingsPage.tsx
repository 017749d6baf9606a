// What the user receives (/inbox/settings): per kind of notice, inbox and/or e-mail.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { usePreferences } from '../../features/notifications/api/get-preferences.ts';
import { PreferencesForm } from '../../features/notifications/components/PreferencesForm.tsx';
import { Layout } from '../Layout.tsx';
import '../../features/notifications/notifications.css';

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const preferences = usePreferences();
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
      {preferences.data && <PreferencesForm preferences={preferences.data} />}
    </Layout>
  );
}
