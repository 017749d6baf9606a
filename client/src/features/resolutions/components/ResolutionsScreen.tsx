// Resolution mapping ("One ITU in one view"): which entity of each Sector and of the General Secretariat is
// responsible for each conference resolution, and its themes and priorities. Filters and the open form live
// in the address. Reference data: every reader sees it all; administrators and theme coordinators edit it.
import { CONFERENCES, RESOLUTION_SECTORS } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useResolutions } from '../api/list-resolutions.ts';
import { useThemeNames } from '../api/list-themes.ts';
import {
  filtersFromSearch,
  queryOfFilters,
  searchFromFilters,
  type ResolutionFilters,
} from '../utils/resolution-filters.ts';
import { ResolutionForm } from './ResolutionForm.tsx';
import { ResolutionImportPanel } from './ResolutionImportPanel.tsx';
import { ResolutionTable } from './ResolutionTable.tsx';
import '../resolutions.css';

export function ResolutionsScreen({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const [filters, change] = useAddressFilters(filtersFromSearch, searchFromFilters);
  const list = useResolutions(queryOfFilters(filters));
  const themes = useThemeNames(currentLanguage()).data?.items ?? [];
  const href = (next: Partial<ResolutionFilters>) =>
    `?${searchFromFilters({ ...filters, ...next }).toString()}`;
  const editing =
    filters.edit === null || filters.edit === 'new'
      ? null
      : (list.data?.items.find((r) => r.id === filters.edit) ?? null);
  const showForm = list.data && ((filters.edit === 'new' && list.data.mayCreate) || editing?.mayEdit);
  return (
    <div className="resolutions" data-state={list.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('resolutions.title')}</h1>
        <p className="muted">{t('resolutions.intro')}</p>
      </div>
      <div className="resolution-filters" role="group" aria-label={t('resolutions.filters')}>
        <label className="field">
          {t('resolutions.form.conference')}
          <select
            value={filters.conference ?? ''}
            onChange={(e) =>
              change({ conference: (e.target.value || null) as ResolutionFilters['conference'] })
            }
          >
            <option value="">{t('resolutions.all')}</option>
            {CONFERENCES.map((c) => (
              <option key={c} value={c}>
                {t(`resolutions.conference.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('resolutions.sectorFilter')}
          <select
            value={filters.sector ?? ''}
            onChange={(e) => change({ sector: (e.target.value || null) as ResolutionFilters['sector'] })}
          >
            <option value="">{t('resolutions.all')}</option>
            {RESOLUTION_SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`resolutions.sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('resolutions.themeFilter')}
          <select value={filters.theme ?? ''} onChange={(e) => change({ theme: e.target.value || null })}>
            <option value="">{t('resolutions.all')}</option>
            {themes.map((theme) => (
              <option key={theme.code} value={theme.code}>
                {theme.name.text}
              </option>
            ))}
          </select>
        </label>
        {list.data?.mayCreate && (
          <Link className="button" to={href({ edit: 'new' })}>
            {t('resolutions.new')}
          </Link>
        )}
      </div>
      {showForm && (
        <ResolutionForm
          key={filters.edit}
          resolution={editing}
          themes={themes}
          onDone={() => change({ edit: null })}
        />
      )}
      {list.isPending && <Loading label={t('resolutions.loading')} />}
      {list.isError && (
        <ErrorState error={list.error} message={t('resolutions.error')} onRetry={() => void list.refetch()} />
      )}
      {list.data && (
        <ResolutionTable
          plan={plan}
          resolutions={list.data.items}
          themes={themes}
          editHref={(id) => href({ edit: id })}
        />
      )}
      {list.data?.mayCreate && <ResolutionImportPanel />}
    </div>
  );
}
