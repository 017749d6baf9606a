// Themes x units as a heat map: each cell shaded by how much the unit does on the theme (its KPIs and
// activities, also written in the cell), the theme's status, score and open duplicate candidates at the
// row's end. Its table lists the same with the KPI codes as links to their pages.
import type { Matrix } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { heatLevel } from '../utils/matrix-filters.ts';

interface Props {
  plan: string;
  matrix: Matrix | undefined;
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
}

export function ThemeMatrixHeatMap({ plan, matrix, state, error, onRetry }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const cell = (theme: string, unit: string) =>
    matrix?.cells.find((c) => c.theme === theme && c.unit === unit) ?? { kpis: [], activities: [] };
  const largest = Math.max(0, ...(matrix?.cells ?? []).map((c) => c.kpis.length + c.activities.length));
  const radarHref = (theme: string) => `/plans/${plan}/themes/radar?theme=${theme}`;
  const score = (value: number | null) => (value === null ? '–' : n(Math.round(value * 100)));
  return (
    <ChartPanel
      title={t('themes.matrix.title')}
      description={t('themes.matrix.description', { period: matrix?.period ?? '' })}
      state={state}
      error={error}
      onRetry={onRetry}
      chart={() => (
        <div className="theme-heat-wrap">
          <table className="theme-heat">
            <thead>
              <tr>
                <th scope="col">{t('themes.theme')}</th>
                {matrix?.units.map((unit) => (
                  <th scope="col" key={unit}>
                    <bdi>{unit}</bdi>
                  </th>
                ))}
                <th scope="col">{t('themes.status')}</th>
                <th scope="col">{t('themes.openCandidates')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix?.themes.map((theme) => (
                <tr key={theme.code}>
                  <th scope="row">{theme.name.text}</th>
                  {matrix.units.map((unit) => {
                    const { kpis, activities } = cell(theme.code, unit);
                    const count = kpis.length + activities.length;
                    return (
                      <td key={unit} className={`theme-heat-${heatLevel(count, largest)}`}>
                        {count > 0 ? n(count) : ''}
                      </td>
                    );
                  })}
                  <td>
                    <StatusBadge status={theme.rollUp.status} compact />
                  </td>
                  {/* the chart is one picture: its links are in the table */}
                  <td>{n(theme.openCandidates)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('themes.matrix.legend')}</p>
        </div>
      )}
      table={() => (
        <div className="theme-heat-wrap">
          <table className="table theme-table">
            <caption>{t('themes.matrix.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('themes.theme')}</th>
                <th scope="col">{t('themes.coordinator')}</th>
                <th scope="col">{t('themes.status')}</th>
                <th scope="col">{t('themes.score')}</th>
                <th scope="col">{t('themes.completeness')}</th>
                <th scope="col">{t('themes.work')}</th>
                <th scope="col">{t('themes.openCandidates')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix?.themes.map((theme) => (
                <tr key={theme.code} data-theme={theme.code}>
                  <th scope="row">{theme.name.text}</th>
                  <td>{theme.coordinator?.name ?? '–'}</td>
                  <td>
                    <StatusBadge status={theme.rollUp.status} />
                  </td>
                  <td>{score(theme.rollUp.score)}</td>
                  <td>{score(theme.rollUp.completeness)}</td>
                  <td>
                    <ul className="theme-work">
                      {matrix.units.map((unit) => {
                        const { kpis, activities } = cell(theme.code, unit);
                        if (kpis.length + activities.length === 0) return null;
                        return (
                          <li key={unit}>
                            <bdi>{unit}</bdi>:{' '}
                            {kpis.map((code) => (
                              <Link key={code} to={`/plans/${plan}/kpis/${code}`} className="theme-kpi">
                                <bdi>{code}</bdi>
                              </Link>
                            ))}{' '}
                            {activities.length > 0 &&
                              t('themes.activities', { formatted: n(activities.length) })}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                  <td>
                    {theme.openCandidates > 0 ? (
                      <Link to={radarHref(theme.code)} data-open-candidates={theme.openCandidates}>
                        {t('themes.candidates', { formatted: n(theme.openCandidates) })}
                      </Link>
                    ) : (
                      <span data-open-candidates={0}>{n(0)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
