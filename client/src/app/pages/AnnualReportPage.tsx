import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { ReportScreen } from '../../features/reports/components/ReportScreen.tsx';
import { latestCompleteYear } from '../../features/reports/utils/report-year.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

function usePlanYears(plan: string) {
  const plans = usePlans(currentLanguage());
  const found = plans.data?.items.find((p) => p.code === plan);
  return { plans, years: found ? { start: found.startYear, end: found.endYear } : null };
}

export function AnnualReportPage() {
  const { plan = '', year = '' } = useParams();
  const { years } = usePlanYears(plan);
  return (
    <Layout>
      <ReportScreen plan={plan} year={Number(year)} years={years} today={new Date()} />
    </Layout>
  );
}

/** /plans/:plan/reports opens the latest year whose fourth quarter is complete. */
export function LatestReportRedirect() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const { plans, years } = usePlanYears(plan);
  if (years) {
    const year = latestCompleteYear(years.start, years.end, new Date());
    return <Navigate replace to={`/plans/${encodeURIComponent(plan)}/reports/${year}`} />;
  }
  return (
    <Layout>
      <h1>{t('nav.reports')}</h1>
      {plans.isError ? (
        <ErrorState error={plans.error} message={t('reports.error')} onRetry={() => void plans.refetch()} />
      ) : plans.isPending ? (
        <Loading label={t('reports.loading')} />
      ) : (
        <p className="state">{t('reports.unknownPlan', { plan })}</p>
      )}
    </Layout>
  );
}
