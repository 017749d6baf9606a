// Goals or Sectors of the report: their status distribution as a chart (with its table) and a table of
// score, completeness and timeliness.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportGroup } from '@rbm/shared/schemas';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatShare } from '../../../components/charts/format-share.ts';
import {
  StatusDistributionBars,
  StatusDistributionTable,
} from '../../../components/charts/StatusDistributionBars.tsx';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function FiguresTable({
  groups,
  groupHeader,
  caption,
}: {
  groups: ReportGroup[];
  groupHeader: string;
  caption: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const captionId = useId();
  return (
    // Focusable, so the table can be scrolled sideways with the keyboard on a phone.
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table report-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeader}</th>
            <th scope="col">{t('reports.columns.status')}</th>
            <th scope="col" className="numeric">
              {t('reports.columns.score')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.columns.completeness')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.columns.timeliness')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.columns.kpis')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.code} data-code={g.code}>
              <th scope="row">
                <span className="code">{g.code}</span> <LocalizedName value={g.name} />
              </th>
              <td>
                <StatusBadge status={g.rollUp.status} />
              </td>
              <td className="numeric" data-figure="score">
                {formatShare(g.rollUp.score, language)}
              </td>
              <td className="numeric" data-figure="completeness">
                {formatShare(g.rollUp.completeness, language)}
              </td>
              <td className="numeric" data-figure="timeliness">
                {formatShare(g.rollUp.timeliness, language)}
              </td>
              <td className="numeric" data-figure="kpis">
                {formatNumber(g.rollUp.kpiCount, language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function GroupDistribution({
  groups,
  title,
  groupHeader,
}: {
  groups: ReportGroup[];
  title: string;
  groupHeader: string;
}) {
  const { t } = useTranslation();
  const rows = groups.map((g) => ({
    key: g.code,
    label: g.code,
    title: `${g.code} ${g.name.text}`,
    counts: g.rollUp.counts,
  }));
  return (
    <ChartPanel
      level={3}
      title={title}
      description={t('reports.chart.description')}
      state={rows.length === 0 ? 'empty' : 'ready'}
      chart={() => (
        <>
          <StatusDistributionBars rows={rows} axisLabel={t('reports.chart.axis')} />
          <StatusLegend />
        </>
      )}
      table={() => (
        <StatusDistributionTable
          rows={rows}
          groupHeader={groupHeader}
          totalHeader={t('reports.chart.total')}
        />
      )}
    />
  );
}
