// /admin/frameworks: download any plan's framework (XLSX or JSON), import a framework file, and add an edition
// of the ICT statistics, each with a preview before anything is written. For administrators.
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { FrameworkDownloads } from '../../features/framework-import/components/FrameworkDownloads.tsx';
import { FrameworkImportView } from '../../features/framework-import/components/FrameworkImportView.tsx';
import { StatisticsEditionPanel } from '../../features/framework-import/components/StatisticsEditionPanel.tsx';
import '../../components/sheet/register-sheet.css';
import '../../features/framework-import/framework-import.css';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

function FrameworkFiles() {
  const { t } = useTranslation();
  const plans = usePlans(currentLanguage());
  const active = plans.data?.items.find((p) => p.status === 'active') ?? plans.data?.items[0];
  return (
    <>
      <div className="page-heading">
        <h1>{t('frameworkImport.title')}</h1>
        <p className="muted">{t('frameworkImport.intro')}</p>
      </div>
      {plans.isPending && <Loading label={t('frameworkImport.download.title')} />}
      {plans.isError && (
        <ErrorState
          error={plans.error}
          message={t('frameworkImport.download.title')}
          onRetry={() => void plans.refetch()}
        />
      )}
      {plans.data && <FrameworkDownloads plans={plans.data.items} initial={active?.code ?? ''} />}
      <FrameworkImportView />
      <StatisticsEditionPanel />
    </>
  );
}

export function FrameworkFilesPage() {
  return (
    <Layout>
      <RequirePermission permission="framework:write">
        <FrameworkFiles />
      </RequirePermission>
    </Layout>
  );
}
