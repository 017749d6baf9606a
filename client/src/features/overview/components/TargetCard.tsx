// One Connect 2030 target measured by a published statistic: latest value (year, source), the target,
// where the trend leads, the trend chart (actual, target line, dashed forecast), and the regions.
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { LazyTrendChart as TrendChart } from '../../../components/charts/LazyCharts.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import { targetDomain, trendRows, type MeasuredTarget } from '../utils/target-trends.ts';
import { formatStatistic, formatTick, formatYear, unitKey } from '../utils/statistic-format.ts';
import { OutlookSentence } from './OutlookSentence.tsx';
import { RegionalPanel } from './RegionalPanel.tsx';
import { TargetTrendTable } from './TargetTrendTable.tsx';

export function TargetCard({ measured }: { measured: MeasuredTarget }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { target, indicator, latest, forecast } = measured;
  const unit = indicator.unit;
  const key = unitKey(unit);
  const unitName = key ? t(`overview.units.${key}`) : unit;
  const indicatorName = indicator.name.text;
  const rows = trendRows(measured.points, forecast);
  const headingId = `target-${target.code}`;
  return (
    <article className="target-card" aria-labelledby={headingId} data-target={target.code}>
      <h3 id={headingId} className="target-card-title">
        <span className="code">{target.code}</span> <LocalizedName value={target.name} />{' '}
        <ProvenanceBadge status={target.sourceStatus} url={target.sourceUrl} />
      </h3>
      <dl className="target-figures">
        <div>
          <dt>{t('overview.latest')}</dt>
          <dd>
            <strong className="target-latest" data-value={latest.value}>
              {formatStatistic(latest.value, unit, language)}
            </strong>{' '}
            {t('overview.inYear', { year: formatYear(latest.year, language) })}
            <span className="target-source">
              {t('overview.source', {
                edition: latest.edition || t('overview.noEdition'),
                area: measured.area,
              })}{' '}
              <ProvenanceBadge status={latest.sourceStatus} url={latest.sourceUrl} />
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('overview.target')}</dt>
          <dd>
            <strong className="target-value">{formatStatistic(target.value ?? 0, unit, language)}</strong>{' '}
            {t('overview.byYear', { year: formatYear(target.deadlineYear, language) })}
          </dd>
        </div>
      </dl>
      <OutlookSentence measured={measured} />
      <ChartPanel
        level={4}
        title={t('overview.chart.title', { indicator: indicatorName, area: measured.area })}
        description={t('overview.chart.description')}
        state="ready"
        chart={() => (
          <TrendChart
            rows={rows}
            names={{
              actual: t('overview.chart.actual'),
              forecast: t('overview.chart.forecast'),
              targetLine: t('overview.chart.targetLine'),
            }}
            targetLine={target.value}
            xLabel={t('overview.chart.year')}
            yLabel={unitName}
            formatX={(x) => formatYear(x, language)}
            formatValue={(v) => formatTick(v, unit, language)}
            domain={targetDomain(measured)}
          />
        )}
        table={() => (
          <TargetTrendTable
            points={measured.points}
            forecast={forecast}
            unit={unit}
            caption={t('overview.chart.title', { indicator: indicatorName, area: measured.area })}
          />
        )}
      />
      <RegionalPanel indicator={indicator} targetValue={target.value} />
    </article>
  );
}
