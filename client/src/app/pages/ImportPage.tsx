// Import and export of a priority's quarter (/plans/:plan/entry/:priority/:period/import).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ImportView } from '../../features/imports/components/ImportView.tsx';
import { Layout } from '../Layout.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  const { plan = '', priority = '', period = '' } = useParams();
  return (
    <Layout>
      <div className="page-heading">
        <p>
          <Link to={`/plans/${plan}/entry/${priority}/${period}`}>{t('imports.backToGrid')}</Link>
        </p>
        <h1>{t('imports.title', { priority, period })}</h1>
      </div>
      <ImportView target={{ plan, priority, period }} />
    </Layout>
  );
}
