// The "One ITU" view: who works on which intersectoral theme, each theme's figures and its open duplicate
// candidates; filters (theme, unit, quarter) in the address.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useThemeMatrix } from '../api/get-theme-matrix.ts';
import { filtersFromSearch, searchFromFilters } from '../utils/matrix-filters.ts';
import { ThemeMatrixHeatMap } from './ThemeMatrixHeatMap.tsx';
import '../themes.css';

export function ThemeMatrixScreen({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const [filters, change] = useAddressFilters(filtersFromSearch, searchFromFilters);
  const matrix = useThemeMatrix(plan, filters, currentLanguage());
  const everything = useThemeMatrix(
    plan,
    { theme: null, unit: null, period: filters.period },
    currentLanguage(),
  );
  const themes = everything.data?.themes ?? [];
  const units = everything.data?.units ?? [];
  return (
    <div className="themes" data-state={matrix.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('themes.title')}</h1>
        <p className="muted">{t('themes.intro')}</p>
        <p>
          <Link to={`/plans/${encodeURIComponent(plan)}/themes/report`}>{t('themes.report.nav')}</Link>
          {' · '}
          <Link to={`/plans/${encodeURIComponent(plan)}/themes/activities`}>
            {t('themes.activityList.nav')}
          </Link>
        </p>
      </div>
      <div className="theme-filters" role="group" aria-label={t('themes.filters')}>
        <label className="field">
          {t('themes.theme')}
          <select value={filters.theme ?? ''} onChange={(e) => change({ theme: e.target.value || null })}>
            <option value="">{t('themes.all')}</option>
            {themes.map((theme) => (
              <option key={theme.code} value={theme.code}>
                {theme.name.text}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('themes.unit')}
          <select value={filters.unit ?? ''} onChange={(e) => change({ unit: e.target.value || null })}>
            <option value="">{t('themes.all')}</option>
            {units.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ThemeMatrixHeatMap
        plan={plan}
        matrix={matrix.data}
        state={matrix.isPending ? 'loading' : matrix.isError ? 'error' : 'ready'}
        error={matrix.error}
        onRetry={() => void matrix.refetch()}
      />
    </div>
  );
}
