// The table alternative of a target's trend chart: one row a year, the published value with its edition,
// and the forecast.
import { useTranslation } from 'react-i18next';
import type { StatisticPoint } from '@rbm/shared/schemas';
import type { StatisticForecast } from '@rbm/shared/rbm';
import { formatStatistic, formatYear } from '../utils/statistic-format.ts';

export function TargetTrendTable({
  points,
  forecast,
  unit,
  caption,
}: {
  points: readonly StatisticPoint[];
  forecast: StatisticForecast | null;
  unit: string;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const byYear = new Map<number, { point?: StatisticPoint; forecast?: number }>();
  for (const point of points) byYear.set(point.year, { point });
  for (const p of forecast?.line ?? []) byYear.set(p.year, { ...byYear.get(p.year), forecast: p.value });
  const years = [...byYear.keys()].sort((a, b) => a - b);
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.table.year')}</th>
          <th scope="col">{t('overview.table.value')}</th>
          <th scope="col">{t('overview.table.edition')}</th>
          <th scope="col">{t('overview.table.forecast')}</th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => {
          const row = byYear.get(year)!;
          return (
            <tr key={year}>
              <th scope="row">{formatYear(year, language)}</th>
              <td>{row.point ? formatStatistic(row.point.value, unit, language) : '–'}</td>
              <td>{row.point?.edition || '–'}</td>
              <td>{row.forecast === undefined ? '–' : formatStatistic(row.forecast, unit, language)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
