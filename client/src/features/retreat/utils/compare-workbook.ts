// The comparison's view as a workbook: the groups on screen (Sectors or priorities) ranked by the figure
// chosen, the heatmap (scores filled with their status's tint, then the status words), and the regions
// ranked by theirs, and each Sector's confirmed risks and recommendations. Built from the same responses the screen shows; the ranking is the screen's own.
import { scoreBand } from '@rbm/shared/rbm';
import type { CompareGroup, Comparison } from '@rbm/shared/schemas';
import { STATUS_TINTS } from '../../../components/charts/status-style.ts';
import { basisLine, periodLabel, type Translate } from './retreat-texts.ts';
import type { Cell, CellValue, Sheet, Workbook } from './xlsx-writer.ts';

export type RankingFigure = 'score' | 'completeness' | 'timeliness';

/** A group and its rank (null: listed apart, unranked), in the screen's order. */
export interface RankedGroup {
  group: CompareGroup;
  rank: number | null;
}

/** What the comparison screen shows: its responses, its choices and its rankings. */
export interface CompareViewData {
  rows: 'sector' | 'priority';
  rank: RankingFigure;
  regionRank: RankingFigure;
  groups: Comparison;
  regions: Comparison | undefined;
  ranking: readonly RankedGroup[];
  regionRanking: readonly RankedGroup[];
}

const percent = (value: number | null): Cell => ({ value, percent: true });

function rankingSheet(
  name: string,
  head: CellValue[][],
  ranking: readonly RankedGroup[],
  t: Translate,
): Sheet {
  const figures = (['score', 'completeness', 'timeliness'] as const).map((f) => t(`retreat.figure.${f}`));
  const header = ['rank', 'code', 'name', 'status'].map((key) => t(`retreat.columns.${key}`));
  return {
    name,
    headerRow: head.length + 1,
    widths: [12, 10, 50, 18, 12, 14, 18, 12],
    rows: [
      ...head,
      [...header, ...figures, t('retreat.columns.kpis')],
      ...ranking.map(({ group, rank }) => [
        rank ?? t('retreat.compare.notRanked'),
        group.code,
        group.name.text,
        t(`status.${group.rollUp.status}`),
        percent(group.rollUp.score),
        percent(group.rollUp.completeness),
        percent(group.rollUp.timeliness),
        group.rollUp.kpiCount,
      ]),
    ],
  };
}

function heatmapSheet(data: Comparison, head: CellValue[][], t: Translate, language: string): Sheet {
  const { heatmap, thresholds } = data;
  const periods = heatmap.periods.map((p) => periodLabel(p, t, language));
  const header = [t('retreat.columns.code'), t('retreat.columns.name'), ...periods];
  return {
    name: t('retreat.sheets.heatmap'),
    headerRow: head.length + 2,
    widths: [10, 40, ...periods.map(() => 16)],
    rows: [
      ...head,
      [{ value: t('retreat.compare.heatmapTitle'), bold: true }],
      header,
      ...heatmap.rows.map((row) => [
        row.code,
        row.name.text,
        ...row.cells.map((cell) => ({
          value: cell.score,
          percent: true,
          fill: STATUS_TINTS[scoreBand(cell.score, thresholds, cell.status)],
        })),
      ]),
      [],
      [{ value: t('retreat.compare.statusTitle'), bold: true }],
      header.map((value) => ({ value, bold: true })),
      ...heatmap.rows.map((row) => [
        row.code,
        row.name.text,
        ...row.cells.map((cell) => t(`status.${cell.status}`)),
      ]),
    ],
  };
}

/** Each Sector's risks and recommendations as last confirmed (the same for every reader). */
function registersSheet(data: Comparison, head: CellValue[][], t: Translate): Sheet {
  const header = ['sector', 'aboveAppetite', 'topRisk', 'open', 'overdue'].map((key) =>
    t(`retreat.registers.${key}`),
  );
  return {
    name: t('retreat.registers.sheet'),
    headerRow: head.length + 2,
    widths: [12, 16, 60, 16, 14],
    rows: [
      ...head,
      [t('retreat.registers.note')],
      header,
      ...data.registers.map((r) => [
        r.sector,
        r.risksAboveAppetite,
        r.topRisk ? `${r.topRisk.code} ${r.topRisk.title} (${r.topRisk.score})` : null,
        r.recommendationsOpen,
        r.recommendationsOverdue,
      ]),
    ],
  };
}

export function compareWorkbook(view: CompareViewData, t: Translate, language: string): Workbook {
  const title = `${t('retreat.compare.title')} · ${view.groups.plan.name.text}`;
  const basis: CellValue[] = [basisLine(view.groups.period, t, language)];
  const choice = (rows: string, figure: RankingFigure) =>
    `${t('retreat.filters.rows')}: ${t(`retreat.view.${rows}`)} · ${t('retreat.filters.rank')}: ${t(`retreat.figure.${figure}`)}`;
  const head = (rows: string, figure: RankingFigure): CellValue[][] => [
    [title],
    basis,
    [choice(rows, figure)],
    [],
  ];
  const sheets = [
    rankingSheet(t(`retreat.view.${view.rows}`), head(view.rows, view.rank), view.ranking, t),
    heatmapSheet(
      view.groups,
      [[title], basis, [`${t('retreat.filters.rows')}: ${t(`retreat.view.${view.rows}`)}`], []],
      t,
      language,
    ),
  ];
  if (view.regions)
    sheets.push(
      rankingSheet(t('retreat.view.region'), head('region', view.regionRank), view.regionRanking, t),
    );
  if (view.groups.registers.length > 0) sheets.push(registersSheet(view.groups, [[title], basis, []], t));
  return { title, rightToLeft: language === 'ar', sheets };
}

/** SP-2024-2027-comparison-2026-Q2-ar.xlsx: the plan, the view, the period and the language. */
export const compareFileName = (view: CompareViewData, language: string) =>
  `${view.groups.plan.code}-comparison-${view.rows}-${view.groups.period}-${language}`;
