// The KPI page's body: figures, trend, regions, linked risks, notes and narratives, history.
// data-state="ready" marks the figures on screen (browser tests).
import { useTranslation } from 'react-i18next';
import type { KpiDetail, KpiHistory } from '@rbm/shared/schemas';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useKpiLineage } from '../api/get-kpi-lineage.ts';
import { KpiLineageLinks } from './KpiLineageLinks.tsx';
import { KpiNarratives } from './KpiNarratives.tsx';
import { KpiRisks } from './KpiRisks.tsx';
import { KpiSummaryFigures } from './KpiSummaryFigures.tsx';
import { KpiTrendPanel } from './KpiTrendPanel.tsx';
import { RegionalBreakdownPanel } from './RegionalBreakdownPanel.tsx';
import { ValueHistory } from './ValueHistory.tsx';
import '../kpi-page.css';

export function KpiOverview({
  detail,
  history,
}: {
  detail: KpiDetail;
  history: { data?: KpiHistory; isError: boolean; error: unknown; refetch: () => unknown };
}) {
  const { t } = useTranslation();
  // the chain across plans is extra: the page stands without it while it loads or if it fails
  const lineage = useKpiLineage(detail.id, currentLanguage()).data;
  return (
    <div className="kpi-page" data-state="ready">
      {detail.definition && (
        <p className="kpi-definition">
          <LocalizedName value={detail.definition} />
        </p>
      )}
      <p className="muted">{t('kpiPage.basis', { priority: detail.ownerPriority, sector: detail.sector })}</p>
      {lineage && <KpiLineageLinks detail={detail} lineage={lineage} />}
      <KpiSummaryFigures detail={detail} />
      <StatusLegend />
      <KpiTrendPanel detail={detail} lineage={lineage} />
      <RegionalBreakdownPanel detail={detail} />
      <KpiRisks kpiId={detail.id} plan={detail.plan} />
      {history.data ? (
        <>
          <KpiNarratives history={history.data} />
          <ValueHistory history={history.data} detail={detail} />
        </>
      ) : history.isError ? (
        <ErrorState
          error={history.error}
          message={t('kpiPage.history.error')}
          onRetry={() => void history.refetch()}
        />
      ) : (
        <Loading label={t('kpiPage.history.loading')} />
      )}
    </div>
  );
}
