// Commitments and actions: the status counts (chart and table), the list filtered by the address, and the
// commitment opened below it with its progress history.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { useCommitments } from '../api/list-commitments.ts';
import {
  FILTER_CHOICES,
  FILTER_KEYS,
  NO_FILTERS,
  filtersFromSearch,
  openFromSearch,
  searchFromFilters,
  type FilterKey,
} from '../utils/commitment-filters.ts';
import { CommitmentSheetPanel } from './CommitmentSheetPanel.tsx';
import { CommitmentDetailPanel } from './CommitmentDetailPanel.tsx';
import { CommitmentStatusChart } from './CommitmentStatusChart.tsx';
import { CommitmentTable } from './CommitmentTable.tsx';
import '../commitments.css';

const LABEL_PREFIX: Record<Exclude<FilterKey, 'sector'>, string> = {
  source: 'commitments.source',
  pillar: 'commitments.pillar',
  horizon: 'commitments.horizon',
  reach: 'commitments.reach',
  status: 'commitments.status',
};

/** `canImport`: the reader may edit (a focal point, an admin); the server still checks each row's unit. */
export function CommitmentsScreen({ plan, canImport }: { plan: string; canImport: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [filters, change] = useAddressFilters(filtersFromSearch, searchFromFilters);
  const open = openFromSearch(params);
  const list = useCommitments(plan, filters);
  const every = useCommitments(plan, NO_FILTERS);
  const sectors = [...new Set((every.data?.items ?? []).map((c) => c.sector.code))];
  const choices = (key: FilterKey) =>
    key === 'sector'
      ? sectors.map((s) => ({ value: s, label: s }))
      : FILTER_CHOICES[key].map((v) => ({ value: v, label: t(`${LABEL_PREFIX[key]}.${v}`) }));
  return (
    <div className="commitments" data-state={list.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('commitments.title')}</h1>
        <p className="muted">{t('commitments.intro')}</p>
      </div>
      <CommitmentStatusChart
        list={list.data}
        state={list.isPending ? 'loading' : list.isError ? 'error' : 'ready'}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
      {canImport && <CommitmentSheetPanel plan={plan} />}
      <div className="commitment-filters" role="group" aria-label={t('commitments.filters')}>
        {FILTER_KEYS.map((key) => (
          <label className="field" key={key}>
            <span>{t(`commitments.field.${key === 'sector' ? 'unit' : key}`)}</span>
            <select
              name={key}
              value={filters[key] ?? ''}
              onChange={(e) => change({ [key]: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('commitments.all')}</option>
              {choices(key).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {list.isPending && <Loading label={t('commitments.loading')} />}
      {list.isError && (
        <ErrorState error={list.error} message={t('commitments.error')} onRetry={() => void list.refetch()} />
      )}
      {list.data && (
        <CommitmentTable
          items={list.data.items}
          href={(id) => `?${searchFromFilters(filters, id).toString()}`}
        />
      )}
      {open !== null && list.data && <CommitmentDetailPanel id={open} today={list.data.today} />}
    </div>
  );
}
