// The retreat comparison: a heatmap of Sectors or priorities by quarter, the status distribution per
// Sector, rankings by score, completeness or timeliness, and the same by region. Every figure drills down
// to the explorer. Approved values only; a KPI shared by two priorities counts once (the API sees to it).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { formatPeriod } from '@rbm/shared';
import { MIN_KPIS_TO_RANK } from '@rbm/shared/rbm';
import type { CompareGroup, Comparison } from '@rbm/shared/schemas';
import { ChartPanel, type ChartPanelState } from '../../../components/charts/ChartPanel.tsx';
import {
  StatusDistributionBars,
  StatusDistributionTable,
  type DistributionRow,
} from '../../../components/charts/StatusDistributionBars.tsx';
import { StatusLegend } from '../../../components/charts/StatusLegend.tsx';
import { CompleteQuarterNote } from '../../../components/ui/CompleteQuarterNote.tsx';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useComparison } from '../api/get-comparison.ts';
import {
  RANKING_FIGURES,
  compareViewParams,
  explorerHref,
  toolsView,
  readCompareView,
  type CompareToolsView,
  type RankingFigure,
} from '../utils/compare-shaping.ts';
import { HeatmapGrid, HeatmapTable } from './HeatmapGrid.tsx';
import { RankingBars, RankingTable } from './RankingBars.tsx';
import { SectorRegistersTable } from './SectorRegistersTable.tsx';
import { Switch } from './Switch.tsx';
import '../compare.css';
import { periodText } from '../../../lib/period-text.ts';

function stateOf(query: { isPending: boolean; isError: boolean; data?: Comparison }): ChartPanelState {
  if (query.isPending) return 'loading';
  if (query.isError) return 'error';
  return (query.data?.groups.length ?? 0) === 0 ? 'empty' : 'ready';
}

/** `tools`: what to show under the choices for the view on screen (the retreat's export and present). */
export function CompareScreen({
  plan,
  tools,
}: {
  plan: string;
  tools?: (view: CompareToolsView) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  // Every choice lives in the address: a shared link opens the same view, Back and Forward step through them.
  const [view, choose] = useAddressFilters(readCompareView, compareViewParams);
  const { period, rows, rank: figure, regionRank: regionFigure } = view;
  const sectors = useComparison(plan, 'sector', period, language);
  const priorities = useComparison(plan, 'priority', period, language);
  const regions = useComparison(plan, 'region', period, language);
  const heat = rows === 'sector' ? sectors : priorities;
  const shownPeriod = sectors.data?.period ?? period;
  const periods = sectors.data?.periods ?? [];

  const sectorOf = (code: string) => priorities.data?.groups.find((g) => g.code === code)?.sector ?? null;
  const heatHref = (code: string, quarter: string) =>
    rows === 'sector'
      ? explorerHref(plan, { sector: code, period: quarter })
      : explorerHref(plan, { sector: sectorOf(code), open: code, period: quarter });
  const groupHref = (g: CompareGroup) =>
    g.sector
      ? explorerHref(plan, { sector: g.sector, open: g.code, period: shownPeriod })
      : explorerHref(plan, { sector: g.code, period: shownPeriod });
  const regionHref = (g: CompareGroup) => explorerHref(plan, { region: g.code, period: shownPeriod });
  const distribution = (data: Comparison | undefined, href: (g: CompareGroup) => string): DistributionRow[] =>
    (data?.groups ?? []).map((g) => ({
      key: g.code,
      label: g.code,
      title: `${g.code} ${g.name.text}`,
      counts: g.rollUp.counts,
      href: href(g),
    }));
  // In the table view the groups are links, so the drill-down works from the keyboard (Enter).
  const linked = (list: DistributionRow[]) =>
    list.map((row) => ({ ...row, label: row.href ? <Link to={row.href}>{row.label}</Link> : row.label }));
  const figureText = (f: RankingFigure) => t(`compare.ranking.figure.${f}`);
  const rankingGroups = heat.data?.groups ?? [];
  const minKpis = heat.data?.minKpisToRank ?? MIN_KPIS_TO_RANK;
  const regionMinKpis = regions.data?.minKpisToRank ?? MIN_KPIS_TO_RANK;

  return (
    <div className="compare">
      <div className="page-heading">
        <h1>
          {t('compare.title')}
          {sectors.data && (
            <>
              {' · '}
              <LocalizedName value={sectors.data.plan.name} />
            </>
          )}
        </h1>
        <p className="muted">{t('compare.intro')}</p>
      </div>
      <div className="compare-controls">
        <label className="compare-switch">
          <span>{t('compare.period')}</span>
          <select value={period ?? ''} onChange={(e) => choose({ period: e.target.value || null })}>
            <option value="">{t('compare.latest')}</option>
            {[...periods].reverse().map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, language)}
              </option>
            ))}
          </select>
        </label>
        <Switch
          label={t('compare.rows')}
          value={rows}
          options={['sector', 'priority'] as const}
          text={(v) => t(`compare.by.${v}`)}
          onChange={(v) => choose({ rows: v })}
        />
      </div>
      {tools && heat.data && tools(toolsView(view, heat.data, regions.data))}
      {shownPeriod && (
        <p className="compare-basis" aria-live="polite">
          {t('compare.basis', { period: periodText(shownPeriod, language) })}
          {sectors.data && (
            <>
              {' '}
              <CompleteQuarterNote
                period={sectors.data.period}
                complete={sectors.data.completeQuarter}
                texts="compare.complete"
                onGoTo={(quarter) => choose({ period: quarter })}
              />
            </>
          )}
        </p>
      )}
      <ChartPanel
        title={t(`compare.heatmap.title.${rows}`)}
        description={t('compare.heatmap.description')}
        state={stateOf(heat)}
        error={heat.error}
        onRetry={() => void heat.refetch()}
        chart={() =>
          heat.data && (
            <HeatmapGrid
              heatmap={heat.data.heatmap}
              thresholds={heat.data.thresholds}
              hrefOf={heatHref}
              rowHeader={t(`compare.by.${rows}`)}
            />
          )
        }
        table={() =>
          heat.data && (
            <HeatmapTable heatmap={heat.data.heatmap} hrefOf={heatHref} rowHeader={t(`compare.by.${rows}`)} />
          )
        }
      />
      <div className="compare-pair">
        <ChartPanel
          title={t('compare.distribution.sector')}
          description={t('compare.distribution.description')}
          state={stateOf(sectors)}
          error={sectors.error}
          onRetry={() => void sectors.refetch()}
          chart={() => (
            <>
              <StatusDistributionBars
                rows={distribution(sectors.data, groupHref)}
                axisLabel={t('compare.distribution.axis')}
              />
              <StatusLegend />
            </>
          )}
          table={() => (
            <StatusDistributionTable
              rows={linked(distribution(sectors.data, groupHref))}
              groupHeader={t('compare.by.sector')}
              totalHeader={t('compare.distribution.total')}
            />
          )}
        />
        <ChartPanel
          title={t('compare.ranking.title', { groups: t(`compare.by.${rows}`), figure: figureText(figure) })}
          description={t('compare.ranking.description')}
          state={stateOf(rows === 'sector' ? sectors : priorities)}
          actions={
            <Switch
              label={t('compare.ranking.by')}
              value={figure}
              options={RANKING_FIGURES}
              text={figureText}
              onChange={(v) => choose({ rank: v })}
            />
          }
          chart={() => (
            <RankingBars groups={rankingGroups} figure={figure} minKpis={minKpis} hrefOf={groupHref} />
          )}
          table={() => (
            <RankingTable
              groups={rankingGroups}
              figure={figure}
              minKpis={minKpis}
              hrefOf={groupHref}
              groupHeader={t(`compare.by.${rows}`)}
            />
          )}
        />
      </div>
      <section aria-labelledby="compare-regions">
        <h2 id="compare-regions">{t('compare.regions.title')}</h2>
        <p className="muted">{t('compare.regions.note')}</p>
        <div className="compare-pair">
          <ChartPanel
            level={3}
            title={t('compare.distribution.region')}
            description={t('compare.distribution.description')}
            state={stateOf(regions)}
            error={regions.error}
            onRetry={() => void regions.refetch()}
            chart={() => (
              <>
                <StatusDistributionBars
                  rows={distribution(regions.data, regionHref)}
                  axisLabel={t('compare.distribution.axis')}
                />
                <StatusLegend />
              </>
            )}
            table={() => (
              <StatusDistributionTable
                rows={linked(distribution(regions.data, regionHref))}
                groupHeader={t('compare.by.region')}
                totalHeader={t('compare.distribution.total')}
              />
            )}
          />
          <ChartPanel
            level={3}
            title={t('compare.ranking.title', {
              groups: t('compare.by.region'),
              figure: figureText(regionFigure),
            })}
            description={t('compare.ranking.description')}
            state={stateOf(regions)}
            actions={
              <Switch
                label={t('compare.ranking.by')}
                value={regionFigure}
                options={RANKING_FIGURES.filter((f) => f !== 'timeliness')}
                text={figureText}
                onChange={(v) => choose({ regionRank: v })}
              />
            }
            chart={() => (
              <RankingBars
                groups={regions.data?.groups ?? []}
                figure={regionFigure}
                minKpis={regionMinKpis}
                hrefOf={regionHref}
              />
            )}
            table={() => (
              <RankingTable
                groups={regions.data?.groups ?? []}
                figure={regionFigure}
                minKpis={regionMinKpis}
                hrefOf={regionHref}
                groupHeader={t('compare.by.region')}
              />
            )}
          />
        </div>
      </section>
      {sectors.data && <SectorRegistersTable rows={sectors.data.registers} />}
    </div>
  );
}
