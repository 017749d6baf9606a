// /plans/:plan/kpis/:code — one KPI, addressed by its code (resolved to the id through the KPI list).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { LocalizedName } from '../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../components/ui/ProvenanceBadge.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { useKpiByCode } from '../../features/kpi-page/api/find-kpi-by-code.ts';
import { useKpi } from '../../features/kpi-page/api/get-kpi.ts';
import { useKpiHistory } from '../../features/kpi-page/api/get-kpi-history.ts';
import { KpiOverview } from '../../features/kpi-page/components/KpiOverview.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

export function KpiPage() {
  const { t } = useTranslation();
  const { plan = '', code = '' } = useParams();
  const { can } = useSession();
  const found = useKpiByCode(plan, code);
  const id = found.data?.id ?? null;
  const detail = useKpi(id, currentLanguage());
  const history = useKpiHistory(id, can('read:unapproved'));
  const failed = found.isError ? found : detail.isError ? detail : null;
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
      {failed ? (
        <ErrorState error={failed.error} message={t('kpiPage.error')} onRetry={() => void failed.refetch()} />
      ) : found.data === null ? (
        <p className="state state-empty">{t('kpiPage.notFound', { code, plan })}</p>
      ) : detail.data ? (
        <KpiOverview detail={detail.data} history={history} />
      ) : (
        <Loading label={t('kpiPage.loading')} />
      )}
    </Layout>
  );
}
