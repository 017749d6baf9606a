// Each region's value in the latest quarter any region reported, as bars coloured and marked by status.
import { useTranslation } from 'react-i18next';
import type { KpiDetail } from '@rbm/shared/schemas';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { StatusBarChart } from '../../../components/charts/StatusBarChart.tsx';
import { valueDomain } from '../../../components/charts/chart-scale.ts';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue } from '../../../lib/format.ts';
import { regionalBreakdown } from '../utils/kpi-trend.ts';
import { useKpiFormat } from './use-kpi-format.ts';

export function RegionalBreakdownPanel({ detail }: { detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const { formatPeriod } = useKpiFormat();
  if (!detail.byRegion) return null;
  const breakdown = regionalBreakdown(detail.regionalSeries);
  const title = breakdown
    ? t('kpiPage.regional.title', { period: formatPeriod(breakdown.period) })
    : t('kpiPage.regional.titleNone');
  const value = (v: number | null) => formatKpiValue(v, detail.unit, i18n.language);
  return (
    <ChartPanel
      title={title}
      description={t('kpiPage.regional.description')}
      state={breakdown ? 'ready' : 'empty'}
      emptyText={t('kpiPage.regional.empty')}
      chart={() => (
        <StatusBarChart
          bars={breakdown!.bars.map((bar) => ({
            key: bar.region,
            label: t(`kpiPage.regions.${bar.region}`, { defaultValue: bar.region }),
            shortLabel: bar.region,
            value: bar.value,
            status: bar.status,
          }))}
          domain={valueDomain(breakdown!.bars.map((bar) => bar.value))}
          formatValue={(v) => value(v)}
          xLabel={t('kpiPage.regional.region')}
          yLabel={t(`kpiPage.unit.${detail.unit}`)}
          valueName={t('kpiPage.trend.actual')}
        />
      )}
      table={() => (
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpiPage.regional.region')}</th>
              <th scope="col">{t('kpiPage.trend.actual')}</th>
              <th scope="col">{t('kpiPage.status')}</th>
            </tr>
          </thead>
          <tbody>
            {breakdown!.bars.map((bar) => (
              <tr key={bar.region}>
                <th scope="row">{t(`kpiPage.regions.${bar.region}`, { defaultValue: bar.region })}</th>
                <td>{value(bar.value)}</td>
                <td>
                  <StatusBadge status={bar.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
