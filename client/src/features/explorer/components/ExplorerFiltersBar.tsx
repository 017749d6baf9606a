// The explorer's filters: each change writes the URL (a new history entry), which drives the query.
import { useTranslation } from 'react-i18next';
import { STATUSES } from '@rbm/shared';
import type { Explorer } from '@rbm/shared/schemas';
import { EXPLORER_VIEWS } from '@rbm/shared/schemas';
import { withFilter, type ExplorerFilters } from '../utils/explorer-filters.ts';

interface Props {
  filters: ExplorerFilters;
  options: Explorer['options'] | undefined;
  onChange: (next: ExplorerFilters) => void;
}

export function ExplorerFiltersBar({ filters, options, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ExplorerFilters>(key: K, value: ExplorerFilters[K]) =>
    onChange(withFilter(filters, key, value));
  const orNull = (value: string) => (value === '' ? null : value);
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
      <label className="field">
        <span>{t('explorer.filters.period')}</span>
        <select
          name="period"
          value={filters.period ?? ''}
          onChange={(e) => set('period', orNull(e.target.value))}
        >
          <option value="">{t('explorer.filters.latest')}</option>
          {[...periods].reverse().map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('explorer.filters.sector')}</span>
        <select
          name="sector"
          value={filters.sector ?? ''}
          onChange={(e) => set('sector', orNull(e.target.value))}
        >
          <option value="">{t('explorer.filters.allSectors')}</option>
          {sectors.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('explorer.filters.region')}</span>
        <select
          name="region"
          value={filters.region ?? ''}
          onChange={(e) => set('region', orNull(e.target.value))}
        >
          <option value="">{t('explorer.filters.allRegions')}</option>
          {regions.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('explorer.filters.status')}</span>
        <select
          name="status"
          value={filters.status ?? ''}
          onChange={(e) => set('status', (orNull(e.target.value) as ExplorerFilters['status']) ?? null)}
        >
          <option value="">{t('explorer.filters.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
