// /plans/:plan/overview — the home screen: the Connect 2030 overview of the plan's goals and targets. A plan
// none of whose targets is measured by a published statistic (another organisation's) is not Connect 2030's:
// its overview is headed by its goals and targets. Until the plan is known, the heading is the screen's name.
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useFramework } from '../../features/framework/api/get-framework.ts';
import { useStatistics } from '../../features/overview/api/get-statistics.ts';
import { ConnectOverview } from '../../features/overview/components/ConnectOverview.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

export function OverviewPage() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const language = currentLanguage();
  const framework = useFramework(plan, language);
  const statistics = useStatistics(language);
  const failed = framework.isError ? framework : statistics.isError ? statistics : null;
  // The cards render as a transition React splits into short slices, rather than in one task that keeps a
  // phone's main thread busy for a quarter of a second; the charts follow as they come near the screen.
  const frameworkData = useDeferredValue(framework.data);
  const statisticsData = useDeferredValue(statistics.data);
  const connect = framework.data?.goals.some((goal) =>
    goal.targets.some((target) => target.indicator !== null),
  );
  return (
    <Layout>
      <div className="page-heading">
        <h1>
          {connect === undefined
            ? t('nav.overview')
            : connect
              ? t('overview.title')
              : t('framework.goalsAndTargets')}
        </h1>
        {connect !== undefined && (
          <p className="muted">{connect ? t('overview.intro') : t('overview.introPlan')}</p>
        )}
        {frameworkData && (
          <p>
            <Link to={`/plans/${encodeURIComponent(plan)}/outlook`}>
              {t('outlook.fromOverview', { year: frameworkData.plan.endYear })}
            </Link>
          </p>
        )}
      </div>
      {failed ? (
        <ErrorState
          error={failed.error}
          message={t('overview.error')}
          onRetry={() => void failed.refetch()}
        />
      ) : frameworkData && statisticsData ? (
        <ConnectOverview framework={frameworkData} statistics={statisticsData} />
      ) : (
        <Loading label={t('overview.loading')} />
      )}
    </Layout>
  );
}
