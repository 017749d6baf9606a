// The plan explorer: filters in the URL, a status-distribution chart of the selection, and the tree.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import {
  StatusDistributionBars,
  StatusDistributionTable,
  type DistributionRow,
} from '../../../components/charts/StatusDistributionBars.tsx';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { CompleteQuarterNote } from '../../../components/ui/CompleteQuarterNote.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import type { Explorer } from '@rbm/shared/schemas';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useExplorer } from '../api/get-explorer.ts';
import { filtersFromSearch, searchFromFilters, type ExplorerFilters } from '../utils/explorer-filters.ts';
import { explorerNodes, pathsTo, visibleRows } from '../utils/explorer-rows.ts';
import { ExplorerFiltersBar } from './ExplorerFiltersBar.tsx';
import { ExplorerTable } from './ExplorerTable.tsx';
import '../explorer.css';
import { periodText } from '../../../lib/period-text.ts';

/** `tools`: what to show under the filters for the view on screen (the retreat's export and present). */
export function ExplorerScreen({ plan, tools }: { plan: string; tools?: (data: Explorer) => ReactNode }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(params), [params]);
  const explorer = useExplorer(plan, filters, language);
  const nodes = useMemo(() => (explorer.data ? explorerNodes(explorer.data) : []), [explorer.data]);
  // Roots start open, and a drill-down (open=CODE) opens the way to that node; the reader's own
  // clicks override both.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const open = useMemo(() => {
    const shown = new Set([...nodes.map((n) => n.id), ...(filters.open ? pathsTo(nodes, filters.open) : [])]);
    for (const [id, isOpen] of toggled) {
      if (isOpen) shown.add(id);
      else shown.delete(id);
    }
    return shown;
  }, [nodes, filters.open, toggled]);

  const change = (next: ExplorerFilters) => setParams(searchFromFilters(next));
  const toggle = (id: string) => setToggled((current) => new Map(current).set(id, !open.has(id)));

  const data = explorer.data;
  const sectorView = filters.view === 'sector';
  const distribution: DistributionRow[] = (data?.roots ?? []).map((root) => {
    const title = root.kind === 'unlinked' ? t('explorer.unlinked') : `${root.code} ${root.name.text}`;
    return {
      key: root.code,
      title,
      label: root.kind === 'unlinked' ? title : root.code,
      counts: root.rollUp.counts,
      href: sectorView
        ? `/plans/${encodeURIComponent(plan)}/explorer?${searchFromFilters({ ...filters, sector: root.code, open: null }).toString()}`
        : undefined,
    };
  });
  const chartState = explorer.isPending
    ? 'loading'
    : explorer.isError
      ? 'error'
      : distribution.length === 0
        ? 'empty'
        : 'ready';

  return (
    <div className="explorer">
      <div className="page-heading">
        <h1>
          {t('explorer.title')}
          {data && (
            <>
              {' · '}
              <LocalizedName value={data.plan.name} />
            </>
          )}
        </h1>
        <p className="muted">{t('explorer.intro')}</p>
      </div>
      <ExplorerFiltersBar filters={filters} options={data?.options} onChange={change} />
      {data && tools?.(data)}
      {data && (
        <p className="explorer-basis" aria-live="polite">
          {t('explorer.basis', { period: periodText(data.period, language) })}{' '}
          {data.basis.values === 'approved' ? t('explorer.approvedOnly') : t('explorer.withDrafts')}
          {filters.status && <> {t('explorer.statusNote', { status: t(`status.${filters.status}`) })}</>}
          {data.basis.values === 'approved' && (
            <>
              {' '}
              <CompleteQuarterNote
                period={data.period}
                complete={data.completeQuarter}
                texts="explorer.complete"
                onGoTo={(period) => change({ ...filters, period })}
              />
            </>
          )}
        </p>
      )}
      <ChartPanel
        title={t('explorer.chart.title')}
        description={t(sectorView ? 'explorer.chart.descriptionSector' : 'explorer.chart.descriptionGoal')}
        state={chartState}
        error={explorer.error}
        onRetry={() => void explorer.refetch()}
        emptyText={t('explorer.empty')}
        chart={() => (
          <>
            <StatusDistributionBars rows={distribution} axisLabel={t('explorer.chart.axis')} />
            <StatusLegend />
          </>
        )}
        table={() => (
          <StatusDistributionTable
            rows={distribution.map((row) => ({
              ...row,
              label: row.href ? <Link to={row.href}>{row.label}</Link> : row.label,
            }))}
            groupHeader={t(sectorView ? 'explorer.kind.sector' : 'explorer.kind.goal')}
            totalHeader={t('explorer.chart.total')}
          />
        )}
      />
      <section aria-labelledby="explorer-tree-title">
        <h2 id="explorer-tree-title">{t('explorer.treeTitle')}</h2>
        {explorer.isPending && <Loading label={t('explorer.loading')} />}
        {explorer.isError && (
          <ErrorState
            error={explorer.error}
            message={t('explorer.error')}
            onRetry={() => void explorer.refetch()}
          />
        )}
        {data && data.roots.length === 0 && <p className="state">{t('explorer.empty')}</p>}
        {data && data.roots.length > 0 && (
          <ExplorerTable
            plan={plan}
            rows={visibleRows(nodes, open)}
            open={open}
            pointedAt={filters.open}
            onToggle={toggle}
            caption={t('explorer.treeTitle')}
          />
        )}
      </section>
    </div>
  );
}
