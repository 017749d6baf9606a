// "/" opens the Connect 2030 overview of the active plan (the newest plan when none is active).
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { usePlans } from '../../features/framework/api/get-plans.ts';
import { currentLanguage } from '../../lib/i18n.ts';

export function HomeRedirect() {
  const { t } = useTranslation();
  const plans = usePlans(currentLanguage());
  if (plans.isPending) return <Loading label={t('framework.loading')} />;
  if (plans.isError)
    return (
      <ErrorState error={plans.error} message={t('framework.error')} onRetry={() => void plans.refetch()} />
    );
  const plan = plans.data.items.find((p) => p.status === 'active') ?? plans.data.items[0];
  if (!plan) return <p className="state">{t('framework.empty')}</p>;
  return <Navigate to={`/plans/${plan.code}/overview`} replace />;
}
