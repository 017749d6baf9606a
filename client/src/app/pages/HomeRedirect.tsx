// "/" opens the Connect 2030 overview of the default plan (shared defaultPlan: the active plan with the
// latest start year). With no plan at all (a new organisation's instance, RBM_SHIPPED_FRAMEWORKS=false) it
// says so inside the usual frame, and those who may write the framework get the way to the import screen.
import { defaultPlan } from '@rbm/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { frameworkQueryOptions } from '../../features/framework/api/get-framework.ts';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { statisticsQueryOptions } from '../../features/overview/api/get-statistics.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

/** The home page's code, fetched while "/" still waits for the list of plans. */
const loadOverviewPage = () => import('./OverviewPage.tsx');

export function HomeRedirect() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const plans = usePlans(language);
  const queryClient = useQueryClient();
  useEffect(() => {
    void loadOverviewPage();
    void queryClient.prefetchQuery(statisticsQueryOptions(language));
  }, [queryClient, language]);
  const landing = defaultPlan(plans.data?.items ?? []);
  useEffect(() => {
    // the overview's framework request starts now rather than once its page has loaded
    if (landing) void queryClient.prefetchQuery(frameworkQueryOptions(landing.code, language));
  }, [queryClient, landing, language]);
  if (plans.isPending) return <Loading label={t('framework.loading')} />;
  if (plans.isError)
    return (
      <ErrorState error={plans.error} message={t('framework.error')} onRetry={() => void plans.refetch()} />
    );
  const plan = landing;
  if (!plan) return <NoPlan />;
  return <Navigate to={`/plans/${plan.code}/overview`} replace />;
}

/** The home of an instance without any plan yet. */
function NoPlan() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <Layout>
      <div className="page-heading">
        <h1>{t('framework.noPlanTitle')}</h1>
        <p>{t('framework.noPlanIntro')}</p>
        <p>
          {can('framework:write') ? (
            <Link to="/admin/frameworks">{t('framework.noPlanImport')}</Link>
          ) : (
            t('framework.noPlanOthers')
          )}
        </p>
      </div>
    </Layout>
  );
}
