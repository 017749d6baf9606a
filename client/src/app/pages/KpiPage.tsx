// /plans/:plan/kpis/:code — one KPI, addressed by its code (the API answers by code too).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { LocalizedName } from '../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../components/ui/ProvenanceBadge.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { useKpi } from '../../features/kpi-page/api/get-kpi.ts';
import { useKpiHistory } from '../../features/kpi-page/api/get-kpi-history.ts';
import { KpiOverview } from '../../features/kpi-page/components/KpiOverview.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

export function KpiPage() {
  const { t } = useTranslation();
  const { plan = '', code = '' } = useParams();
  const { can } = useSession();
  const detail = useKpi(plan, code, currentLanguage());
  const history = useKpiHistory(detail.data?.id ?? null, can('read:unapproved'));
  return (
    <Layout>
      <div className="page-heading">
        <p className="muted">
          <Link to={`/plans/${plan}/framework`}>{t('kpiPage.backToFramework')}</Link>
        </p>
        <h1>
          <span className="code">{code}</span>
          {detail.data && (
            <>
              {' '}
              <LocalizedName value={detail.data.name} />{' '}
              <ProvenanceBadge status={detail.data.sourceStatus} url={detail.data.sourceUrl} />
            </>
          )}
        </h1>
      </div>
      {detail.isError ? (
        <ErrorState error={detail.error} message={t('kpiPage.error')} onRetry={() => void detail.refetch()} />
      ) : detail.data === null ? (
        <p className="state state-empty">{t('kpiPage.notFound', { code, plan })}</p>
      ) : detail.data ? (
        <KpiOverview detail={detail.data} history={history} />
      ) : (
        <Loading label={t('kpiPage.loading')} />
      )}
    </Layout>
  );
}
