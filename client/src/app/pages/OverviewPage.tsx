// /plans/:plan/overview — the home screen: the Connect 2030 overview of the plan's goals and targets.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { preloadCharts } from '../../components/charts/LazyCharts.tsx';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useFramework } from '../../features/framework/api/get-framework.ts';
import { useStatistics } from '../../features/overview/api/get-statistics.ts';
import { ConnectOverview } from '../../features/overview/components/ConnectOverview.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

// the charts' code downloads while the figures are fetched
preloadCharts();

export function OverviewPage() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const language = currentLanguage();
  const framework = useFramework(plan, language);
  const statistics = useStatistics(language);
  const failed = framework.isError ? framework : statistics.isError ? statistics : null;
  return (
    <Layout>
      <div className="page-heading">
        <h1>{t('overview.title')}</h1>
        <p className="muted">{t('overview.intro')}</p>
      </div>
      {failed ? (
        <ErrorState
          error={failed.error}
          message={t('overview.error')}
          onRetry={() => void failed.refetch()}
        />
      ) : framework.data && statistics.data ? (
        <ConnectOverview framework={framework.data} statistics={statistics.data} />
      ) : (
        <Loading label={t('overview.loading')} />
      )}
    </Layout>
  );
}
