import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Layout } from '../Layout.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Layout>
      <h1>{t('errors.pageNotFound')}</h1>
      <p>
        <Link to="/">{t('errors.backHome')}</Link>
      </p>
    </Layout>
  );
}
