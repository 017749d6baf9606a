// The compliance dashboard: the ageing and the overdue list per unit, the rates by body and by report year
// (confirmed states only), then the list of recommendations filtered by the address.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { useRecommendationRates } from '../api/get-recommendation-rates.ts';
import { useRecommendations } from '../api/list-recommendations.ts';
import { NO_FILTERS, filtersFromSearch, searchFromFilters } from '../utils/recommendation-filters.ts';
import { AgeingPanel, OverdueByUnit } from './AgeingPanel.tsx';
import { RatesPanel } from './RatesPanel.tsx';
import { RecommendationFiltersBar } from './RecommendationFiltersBar.tsx';
import { RecommendationTable } from './RecommendationTable.tsx';
import { SheetPanel } from './SheetPanel.tsx';
import '../recommendations.css';

/** `canImport`: the reader may edit (a focal point, an admin); the server still checks each row's unit. */
export function ComplianceScreen({ plan, canImport }: { plan: string; canImport: boolean }) {
  const { t } = useTranslation();
  const [filters, change] = useAddressFilters(filtersFromSearch, searchFromFilters);
  const list = useRecommendations(plan, filters);
  const every = useRecommendations(plan, NO_FILTERS);
  const rates = useRecommendationRates(plan);
  const sectors = useMemo(
    () => [...new Set((every.data?.items ?? []).map((r) => r.sector.code))].sort(),
    [every.data],
  );
  const years = useMemo(
    () => [...new Set((every.data?.items ?? []).map((r) => Number(r.reportDate.slice(0, 4))))].sort(),
    [every.data],
  );
  const state = rates.isPending ? 'loading' : rates.isError ? 'error' : 'ready';
  const byBody = (rates.data?.byBody ?? [])
    .filter((g) => g.rates.total > 0)
    .map((g) => ({ key: g.body, label: t(`recommendations.body.${g.body}`), rates: g.rates }));
  const byYear = (rates.data?.byYear ?? []).map((g) => ({
    key: String(g.year),
    label: String(g.year),
    rates: g.rates,
  }));
  const retry = () => void rates.refetch();
  return (
    <div className="recommendations" data-state={list.data && rates.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('recommendations.title')}</h1>
        <p className="muted">{t('recommendations.intro')}</p>
      </div>
      {rates.isError && (
        <ErrorState error={rates.error} message={t('recommendations.error')} onRetry={retry} />
      )}
      {rates.data && <AgeingPanel rates={rates.data} />}
      <div className="recommendation-charts">
        <RatesPanel
          id="rates-by-body"
          title={t('recommendations.rates.byBody')}
          description={t('recommendations.rates.description')}
          groupLabel={t('recommendations.table.body')}
          groups={byBody}
          state={state === 'ready' && byBody.length === 0 ? 'empty' : state}
          error={rates.error}
          onRetry={retry}
        />
        <RatesPanel
          id="rates-by-year"
          title={t('recommendations.rates.byYear')}
          description={t('recommendations.rates.description')}
          groupLabel={t('recommendations.rates.year')}
          groups={byYear}
          state={state === 'ready' && byYear.length === 0 ? 'empty' : state}
          error={rates.error}
          onRetry={retry}
        />
      </div>
      {rates.data && <OverdueByUnit plan={plan} rates={rates.data} />}
      {canImport && <SheetPanel plan={plan} />}
      <h2>{t('recommendations.list')}</h2>
      <RecommendationFiltersBar filters={filters} sectors={sectors} years={years} onChange={change} />
      {list.isPending && <Loading label={t('recommendations.loading')} />}
      {list.isError && (
        <ErrorState
          error={list.error}
          message={t('recommendations.error')}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && <RecommendationTable plan={plan} items={list.data.items} />}
    </div>
  );
}
