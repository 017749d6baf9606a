// The ITU regions of a statistic as small multiples on one scale, with a table alternative; nothing when
// no region has a value.
import { useTranslation } from 'react-i18next';
import type { StatisticIndicator } from '@rbm/shared/schemas';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { SmallMultiples } from '../../../components/charts/SmallMultiples.tsx';
import { regionalMultiples } from '../utils/target-trends.ts';
import { formatStatistic, formatTick, formatYear, unitKey } from '../utils/statistic-format.ts';

export function RegionalPanel({
  indicator,
  targetValue,
}: {
  indicator: StatisticIndicator;
  targetValue: number | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const multiples = regionalMultiples(indicator, targetValue);
  if (!multiples) return null;
  const unit = indicator.unit;
  const key = unitKey(unit);
  const title = t('overview.regional.title', { indicator: indicator.name.text });
  return (
    <ChartPanel
      level={4}
      title={title}
      description={t('overview.regional.description')}
      state="ready"
      chart={() => (
        <SmallMultiples
          items={multiples.regions.map((region) => {
            const last = region.points.at(-1)!;
            return {
              key: region.region,
              title: t(`overview.regions.${region.region}`),
              rows: region.rows,
              summary: t('overview.regional.latest', {
                value: formatStatistic(last.value, unit, language),
                year: formatYear(last.year, language),
              }),
            };
          })}
          names={{ actual: t('overview.chart.actual'), targetLine: t('overview.chart.targetLine') }}
          targetLine={targetValue}
          xLabel={t('overview.chart.year')}
          yLabel={key ? t(`overview.units.${key}`) : unit}
          formatX={(x) => formatYear(x, language)}
          formatValue={(v) => formatTick(v, unit, language)}
          domain={multiples.domain}
        />
      )}
      table={() => (
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.regional.region')}</th>
              {multiples.years.map((year) => (
                <th key={year} scope="col">
                  {formatYear(year, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {multiples.regions.map((region) => (
              <tr key={region.region}>
                <th scope="row">{t(`overview.regions.${region.region}`)}</th>
                {multiples.years.map((year) => {
                  const point = region.points.find((p) => p.year === year);
                  return <td key={year}>{point ? formatStatistic(point.value, unit, language) : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
