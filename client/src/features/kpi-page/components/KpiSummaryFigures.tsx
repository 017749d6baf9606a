// The KPI at a glance: latest status (colour, shape, name), score, reporting completeness, latest value
// (the year-to-date for a flow KPI).
import { useTranslation } from 'react-i18next';
import type { KpiDetail } from '@rbm/shared/schemas';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue, formatNumber } from '../../../lib/format.ts';
import { latestScore, reportedQuarters } from '../utils/kpi-trend.ts';
import { useKpiFormat } from './use-kpi-format.ts';

export function KpiSummaryFigures({ detail }: { detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const { formatPeriod } = useKpiFormat();
  const language = i18n.language;
  const score = latestScore(detail);
  const { reported, due } = reportedQuarters(detail.series.quarters);
  return (
    <dl className="kpi-figures" data-period={detail.latest.period}>
      <div>
        <dt>{t('kpiPage.latestStatus', { period: formatPeriod(detail.latest.period) })}</dt>
        <dd className="kpi-latest-status" data-status={detail.latest.status}>
          <StatusBadge status={detail.latest.status} />
        </dd>
      </div>
      <div>
        {/* A flow's figure is its year-to-date (what the status rates), as the entry grid names it. */}
        <dt>{t(detail.aggregation === 'sum' ? 'kpiPage.yearToDate' : 'kpiPage.latestValue')}</dt>
        <dd className="kpi-latest-value">{formatKpiValue(detail.latest.actual, detail.unit, language)}</dd>
      </div>
      <div>
        <dt>{t('kpiPage.expectedValue')}</dt>
        <dd>{formatKpiValue(detail.latest.expected, detail.unit, language)}</dd>
      </div>
      <div>
        <dt>{t('kpiPage.score')}</dt>
        <dd className="kpi-score">
          {score === null
            ? '–'
            : formatNumber(score, language, { style: 'percent', maximumFractionDigits: 0 })}
        </dd>
      </div>
      <div>
        <dt>{t('kpiPage.completeness')}</dt>
        <dd>
          {due === 0
            ? '–'
            : t('kpiPage.reportedOf', {
                reported: formatNumber(reported, language),
                due: formatNumber(due, language),
                share: formatNumber(reported / due, language, { style: 'percent', maximumFractionDigits: 0 }),
              })}
        </dd>
      </div>
    </dl>
  );
}
