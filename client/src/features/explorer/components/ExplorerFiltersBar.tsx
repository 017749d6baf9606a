// The explorer's filters: each change writes the URL (a new history entry), which drives the query.
import { useTranslation } from 'react-i18next';
import { STATUSES, formatPeriod } from '@rbm/shared';
import type { Explorer } from '@rbm/shared/schemas';
import { EXPLORER_VIEWS } from '@rbm/shared/schemas';
import { withFilter, type ExplorerFilters } from '../utils/explorer-filters.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { FilterSelect } from '../../../components/ui/FilterSelect.tsx';

interface Props {
  filters: ExplorerFilters;
  options: Explorer['options'] | undefined;
  onChange: (next: ExplorerFilters) => void;
}

export function ExplorerFiltersBar({ filters, options, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ExplorerFilters>(key: K, value: ExplorerFilters[K]) =>
    onChange(withFilter(filters, key, value));
  // Until the choices arrive, the current value is the only option, so the select still shows it.
  const periods = options?.periods ?? (filters.period ? [filters.period] : []);
  const sectors = options?.sectors.map((s) => s.code) ?? (filters.sector ? [filters.sector] : []);
  const regions = options?.regions.map((r) => r.code) ?? (filters.region ? [filters.region] : []);
  return (
    <form
      className="explorer-filters"
      aria-label={t('explorer.filters.legend')}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="explorer-view">
        <legend>{t('explorer.filters.view')}</legend>
        {EXPLORER_VIEWS.map((view) => (
          <label key={view}>
            <input
              type="radio"
              name="explorer-view"
              value={view}
              checked={filters.view === view}
              onChange={() => set('view', view)}
            />{' '}
            {t(`explorer.filters.by.${view}`)}
          </label>
        ))}
      </fieldset>
      <FilterSelect
        name="period"
        label={t('explorer.filters.period')}
        value={filters.period}
        any={t('explorer.filters.latest')}
        choices={[...periods].reverse().map((p) => ({ value: p, label: formatPeriod(p, currentLanguage()) }))}
        onChange={(value) => set('period', value)}
      />
      <FilterSelect
        name="sector"
        label={t('explorer.filters.sector')}
        value={filters.sector}
        any={t('explorer.filters.allSectors')}
        choices={sectors.map((code) => ({ value: code, label: code }))}
        onChange={(value) => set('sector', value)}
      />
      <FilterSelect
        name="region"
        label={t('explorer.filters.region')}
        value={filters.region}
        any={t('explorer.filters.allRegions')}
        choices={regions.map((code) => ({ value: code, label: code }))}
        onChange={(value) => set('region', value)}
      />
      <FilterSelect
        name="status"
        label={t('explorer.filters.status')}
        value={filters.status}
        any={t('explorer.filters.allStatuses')}
        choices={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        onChange={(value) => set('status', value as ExplorerFilters['status'])}
      />
    </form>
  );
}
