import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { latestCompleteYear, planYears } from '../../features/reports/utils/report-year.ts';
import { ThemeReportScreen } from '../../features/themes/components/ThemeReportScreen.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

function usePlanYears(plan: string) {
  const plans = usePlans(currentLanguage());
  const found = plans.data?.items.find((p) => p.code === plan);
  return { plans, years: found ? { start: found.startYear, end: found.endYear } : null };
}

export function ThemeReportPage() {
  const { plan = '', year = '' } = useParams();
  const { years } = usePlanYears(plan);
  return (
    <Layout>
      <ThemeReportScreen
        plan={plan}
        year={Number(year)}
        years={years ? planYears(years.start, years.end) : []}
        today={new Date()}
      />
    </Layout>
  );
}

/** /plans/:plan/themes/report opens the latest year whose fourth quarter is complete. */
export function LatestThemeReportRedirect() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const { plans, years } = usePlanYears(plan);
  if (years) {
    const year = latestCompleteYear(years.start, years.end, new Date());
    return <Navigate replace to={`/plans/${encodeURIComponent(plan)}/themes/report/${year}`} />;
  }
  return (
    <Layout>
      <h1>{t('themes.report.nav')}</h1>
      {plans.isError ? (
        <ErrorState
          error={plans.error}
          message={t('themes.report.error')}
          onRetry={() => void plans.refetch()}
        />
      ) : (
        <Loading label={t('themes.report.loading')} />
      )}
    </Layout>
  );
}
