// The inbox (/inbox): the signed-in user's notices, newest first.
import { useTranslation } from 'react-i18next';
import { InboxView } from '../../features/notifications/components/InboxView.tsx';
import { Layout } from '../Layout.tsx';

export function InboxPage() {
  const { t } = useTranslation();
  return (
    <Layout>
      <div className="page-heading">
        <h1>{t('notifications.title')}</h1>
        <p className="muted">{t('notifications.intro')}</p>
      </div>
      <InboxView />
    </Layout>
  );
}
