// Actual vs expected trajectory vs annual targets by quarter, target revisions marked, forecast dashed.
import { useTranslation } from 'react-i18next';
import type { KpiDetail, KpiLineage } from '@rbm/shared/schemas';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { TrendChart } from '../../../components/charts/TrendChart.tsx';
import { trendMarkers } from '../../../components/charts/TrendMarkers.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue } from '../../../lib/format.ts';
import { lineageTrend, planBoundaries } from '../utils/kpi-lineage.ts';
import { kpiTrend, quarterOfX } from '../utils/kpi-trend.ts';
import { useKpiFormat } from './use-kpi-format.ts';

/** With `lineage`, the KPIs it continues in earlier plans come first, each plan boundary marked. */
export function KpiTrendPanel({ detail, lineage }: { detail: KpiDetail; lineage?: KpiLineage | undefined }) {
  const { t, i18n } = useTranslation();
  const { formatX, formatPeriod, formatYear } = useKpiFormat();
  const boundaryText = (b: { from: string; to: string }) => t('kpiPage.lineage.boundary', b);
  const trend = lineageTrend(
    kpiTrend(detail, (year) => t('kpiPage.trend.revised', { year: formatYear(year) })),
    lineage,
    boundaryText,
  );
  const boundaries = lineage ? planBoundaries(lineage) : [];
  const predecessors = lineage?.predecessors ?? [];
  const value = (v: number | null | undefined) => formatKpiValue(v ?? null, detail.unit, i18n.language);
  const title = t('kpiPage.trend.title');
  const description =
    boundaries.length === 0
      ? t('kpiPage.trend.description')
      : `${t('kpiPage.trend.description')} ${t('kpiPage.lineage.chartNote', {
          boundaries: boundaries.map(boundaryText).join('; '),
        })}`;
  return (
    <ChartPanel
      title={title}
      description={description}
      state={detail.series.quarters.length === 0 && predecessors.length === 0 ? 'empty' : 'ready'}
      emptyText={t('kpiPage.trend.empty')}
      chart={() => (
        <TrendChart
          rows={trend.rows}
          names={{
            actual: t('kpiPage.trend.actual'),
            expected: t('kpiPage.trend.expected'),
            target: t('kpiPage.trend.target'),
            forecast: t('kpiPage.trend.forecast'),
          }}
          xLabel={t('kpiPage.trend.quarter')}
          yLabel={t(`kpiPage.unit.${detail.unit}`)}
          formatX={formatX}
          formatValue={(v) => value(v)}
          domain={trend.domain}
          xTicks={trend.ticks}
        >
          {trendMarkers(trend.markers)}
        </TrendChart>
      )}
      table={() => (
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpiPage.trend.quarter')}</th>
              <th scope="col">{t('kpiPage.trend.actual')}</th>
              <th scope="col">{t('kpiPage.trend.expected')}</th>
              <th scope="col">{t('kpiPage.trend.target')}</th>
              <th scope="col">{t('kpiPage.status')}</th>
            </tr>
          </thead>
          {predecessors.map((p, index) => (
            <tbody key={p.id} data-plan={p.plan.code}>
              <tr className="kpi-plan-group">
                <th scope="colgroup" colSpan={5}>
                  {t('kpiPage.lineage.group', { plan: p.plan.code, code: p.code })}
                </th>
              </tr>
              {p.quarters.map((q) => (
                <tr key={q.period}>
                  <th scope="row">{formatPeriod(q.period)}</th>
                  <td>{value(q.actual)}</td>
                  <td>{value(null)}</td>
                  <td>{value(q.target)}</td>
                  <td>
                    <StatusBadge status={q.actual === null ? 'no_data' : q.status} />
                  </td>
                </tr>
              ))}
              {boundaries[index] && (
                <tr className="kpi-plan-boundary">
                  <th scope="colgroup" colSpan={5}>
                    {boundaryText(boundaries[index])}
                  </th>
                </tr>
              )}
            </tbody>
          ))}
          <tbody data-plan={detail.plan}>
            {predecessors.length > 0 && (
              <tr className="kpi-plan-group">
                <th scope="colgroup" colSpan={5}>
                  {t('kpiPage.lineage.group', { plan: detail.plan, code: detail.code })}
                </th>
              </tr>
            )}
            {detail.series.quarters.map((q) => (
              <tr key={q.period}>
                <th scope="row">{formatPeriod(q.period)}</th>
                <td>{value(q.actual)}</td>
                <td>{value(q.expected)}</td>
                <td>{value(q.target)}</td>
                <td>
                  <StatusBadge status={q.status} />
                </td>
              </tr>
            ))}
            {trend.rows
              .filter((row) => row.forecast !== undefined && row.forecast !== null)
              .map((row) => {
                const { year } = quarterOfX(row.x);
                return (
                  <tr key={`forecast-${row.x}`}>
                    <th scope="row">{t('kpiPage.trend.forecastAt', { year: formatYear(year) })}</th>
                    <td colSpan={4}>{value(row.forecast)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      )}
    />
  );
}
