// The MoU register: expiry warnings first, the counts by unit and region (chart and table), the sheet for
// focal points, then the list filtered by the address.
import { MOU_EXPIRY_WARNING_DAYS } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { useMous } from '../api/mous.ts';
import {
  FILTER_CHOICES,
  FILTER_KEYS,
  NO_FILTERS,
  filtersFromSearch,
  searchFromFilters,
  type FilterKey,
} from '../utils/mou-filters.ts';
import { MouCountsChart } from './MouCountsChart.tsx';
import { MouSheetPanel } from './MouSheetPanel.tsx';
import { ExpiryMark, MouTable } from './MouTable.tsx';
import '../mous.css';

export function MousScreen({ plan, canEdit }: { plan: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const [filters, change] = useAddressFilters(filtersFromSearch, searchFromFilters);
  const list = useMous(plan, filters);
  const every = useMous(plan, NO_FILTERS);
  const all = every.data?.items ?? [];
  const warned = all.filter((m) => m.expiry !== null);
  const codes = (key: 'sector' | 'region') =>
    [...new Set(all.map((m) => (key === 'sector' ? m.sector.code : (m.region ?? ''))))]
      .filter((c) => c !== '')
      .sort();
  const choices = (key: FilterKey) =>
    key === 'sector' || key === 'region'
      ? codes(key).map((c) => ({ value: c, label: c }))
      : FILTER_CHOICES[key].map((v) => ({ value: v, label: t(`mous.${key}.${v}`) }));
  return (
    <div className="mous" data-state={list.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('mous.title')}</h1>
        <p className="muted">{t('mous.intro')}</p>
        {canEdit && (
          <Link className="button" to={`/plans/${plan}/mous/new`}>
            {t('mous.new')}
          </Link>
        )}
      </div>
      {warned.length > 0 && (
        <section className="mou-warnings" aria-labelledby="mou-warnings-title">
          <h2 id="mou-warnings-title">
            {t('mous.warnings.title', {
              expiring: every.data?.counts.expiring ?? 0,
              expired: every.data?.counts.expired ?? 0,
            })}
          </h2>
          <p className="muted">{t('mous.warnings.hint', { days: MOU_EXPIRY_WARNING_DAYS })}</p>
          <ul>
            {warned.map((m) => (
              <li key={m.id}>
                <Link to={`/plans/${plan}/mous/${m.id}`}>{m.code}</Link> <bdi dir="auto">{m.partner}</bdi> ·{' '}
                <bdi dir="ltr">{m.expiryDate}</bdi>
                <ExpiryMark mou={m} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <MouCountsChart
        list={list.data}
        state={list.isPending ? 'loading' : list.isError ? 'error' : 'ready'}
        error={list.error}
        onRetry={() => void list.refetch()}
      />
      <MouSheetPanel plan={plan} canImport={canEdit} />
      <div className="mou-filters" role="group" aria-label={t('mous.filters')}>
        {FILTER_KEYS.map((key) => (
          <label className="field" key={key}>
            <span>{t(`mous.filter.${key}`)}</span>
            <select
              name={key}
              value={filters[key] ?? ''}
              onChange={(e) => change({ [key]: e.target.value === '' ? null : e.target.value })}
            >
              <option value="">{t('mous.all')}</option>
              {choices(key).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {list.isPending && <Loading label={t('mous.loading')} />}
      {list.isError && (
        <ErrorState error={list.error} message={t('mous.error')} onRetry={() => void list.refetch()} />
      )}
      {list.data && <MouTable items={list.data.items} plan={plan} />}
    </div>
  );
}
