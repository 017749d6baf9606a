// Goals or Sectors of the report: their status distribution as a chart (with its table) and a table of
// score, completeness and timeliness (components/ui/RollUpTable, shared with the retreat's slides).
import { useTranslation } from 'react-i18next';
import type { ReportGroup } from '@rbm/shared/schemas';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import {
  StatusDistributionBars,
  StatusDistributionTable,
} from '../../../components/charts/StatusDistributionBars.tsx';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { RollUpTable } from '../../../components/ui/RollUpTable.tsx';

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
  return (
    <RollUpTable
      rows={groups.map((g) => ({ code: g.code, name: <LocalizedName value={g.name} />, rollUp: g.rollUp }))}
      headers={{
        group: groupHeader,
        status: t('reports.columns.status'),
        score: t('reports.columns.score'),
        completeness: t('reports.columns.completeness'),
        timeliness: t('reports.columns.timeliness'),
        kpis: t('reports.columns.kpis'),
      }}
      caption={caption}
      tableClassName="report-table"
      scrollClassName="table-scroll"
    />
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
