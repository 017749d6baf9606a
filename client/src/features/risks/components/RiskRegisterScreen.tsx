// The risk register: the heat map of confirmed residual ratings (a cell's table row drills down), then the
// register filtered by the address (Sector, category, treatment, heat map cell).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { useRiskHeatMap } from '../api/get-risk-heat-map.ts';
import { useRisks } from '../api/list-risks.ts';
import { useTopRisks } from '../api/get-top-risks.ts';
import { NO_FILTERS, filtersFromSearch, searchFromFilters } from '../utils/risk-filters.ts';
import { RiskFiltersBar } from './RiskFiltersBar.tsx';
import { RiskHeatMapPanel } from './RiskHeatMapPanel.tsx';
import { RiskTable } from './RiskTable.tsx';
import { TopRisksPanel } from './TopRisksPanel.tsx';
import '../risks.css';

export function RiskRegisterScreen({ plan, canAdd }: { plan: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const [filters, change] = useAddressFilters(filtersFromSearch, searchFromFilters);
  const risks = useRisks(plan, filters);
  const everyRisk = useRisks(plan, NO_FILTERS);
  const heatMap = useRiskHeatMap(plan);
  const top = useTopRisks(plan);
  const sectors = useMemo(
    () => [...new Set((everyRisk.data?.items ?? []).map((r) => r.sector.code))],
    [everyRisk.data],
  );
  const cellHref = (likelihood: number, impact: number) =>
    `?${searchFromFilters({ ...filters, likelihood, impact }).toString()}`;
  return (
    <div className="risks" data-state={risks.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('risks.title')}</h1>
        <p className="muted">{t('risks.intro')}</p>
      </div>
      <RiskHeatMapPanel
        heatMap={heatMap.data}
        state={heatMap.isPending ? 'loading' : heatMap.isError ? 'error' : 'ready'}
        error={heatMap.error}
        onRetry={() => void heatMap.refetch()}
        cellHref={cellHref}
      />
      <TopRisksPanel
        plan={plan}
        top={top.data}
        state={top.isPending ? 'loading' : top.isError ? 'error' : 'ready'}
        error={top.error}
        onRetry={() => void top.refetch()}
      />
      <div className="risk-register-heading">
        <h2>{t('risks.register')}</h2>
        {canAdd && (
          <Link className="button" to={`/plans/${plan}/risks/new`}>
            {t('risks.form.add')}
          </Link>
        )}
      </div>
      <RiskFiltersBar filters={filters} sectors={sectors} onChange={change} />
      {risks.isPending && <Loading label={t('risks.loading')} />}
      {risks.isError && (
        <ErrorState error={risks.error} message={t('risks.error')} onRetry={() => void risks.refetch()} />
      )}
      {risks.data && <RiskTable plan={plan} risks={risks.data.items} />}
    </div>
  );
}
