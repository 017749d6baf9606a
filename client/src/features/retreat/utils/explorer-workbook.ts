// The explorer's view as a workbook: the whole tree of the filters in the address (each goal or Sector,
// priority, outcome and KPI with its status word, score, completeness, timeliness and KPI count), and
// the KPIs by status per top-level group. Built from the same response the screen shows.
import { STATUSES } from '@rbm/shared';
import type { Explorer, RollUpFigures } from '@rbm/shared/schemas';
import type { Cell, Sheet, Workbook } from './xlsx-writer.ts';
import type { Translate } from './retreat-texts.ts';
import { basisLine } from './retreat-texts.ts';

type Kind = 'goal' | 'sector' | 'unlinked' | 'priority' | 'outcome' | 'kpi';

interface TreeLine {
  kind: Kind;
  depth: number;
  code: string;
  name: string;
  rollUp: RollUpFigures;
}

/** Every node of the tree, depth first, as the explorer lists them when all are open. */
export function explorerLines(explorer: Explorer, t: Translate): TreeLine[] {
  const lines: TreeLine[] = [];
  for (const root of explorer.roots) {
    const name = root.kind === 'unlinked' ? t('retreat.kind.unlinked') : root.name.text;
    lines.push({
      kind: root.kind,
      depth: 0,
      code: root.kind === 'unlinked' ? '' : root.code,
      name,
      rollUp: root.rollUp,
    });
    for (const priority of root.priorities) {
      lines.push({
        kind: 'priority',
        depth: 1,
        code: priority.code,
        name: priority.name.text,
        rollUp: priority.rollUp,
      });
      for (const outcome of priority.outcomes) {
        lines.push({
          kind: 'outcome',
          depth: 2,
          code: outcome.code,
          name: outcome.name.text,
          rollUp: outcome.rollUp,
        });
        for (const kpi of outcome.kpis)
          lines.push({ kind: 'kpi', depth: 3, code: kpi.code, name: kpi.name.text, rollUp: kpi.rollUp });
      }
      for (const kpi of priority.kpis)
        lines.push({ kind: 'kpi', depth: 2, code: kpi.code, name: kpi.name.text, rollUp: kpi.rollUp });
    }
  }
  return lines;
}

const percent = (value: number | null): Cell => ({ value, percent: true });

/** The filters of the view, as a line: "Start from: Sectors · Sector: ITU-D · Region: All · Status: All". */
export function explorerFiltersLine(explorer: Explorer, t: Translate): string {
  const all = t('retreat.all');
  return [
    `${t('retreat.filters.view')}: ${t(`retreat.view.${explorer.view}`)}`,
    `${t('retreat.filters.sector')}: ${explorer.filters.sector ?? all}`,
    `${t('retreat.filters.region')}: ${explorer.filters.region ?? all}`,
    `${t('retreat.filters.status')}: ${explorer.filters.status ? t(`status.${explorer.filters.status}`) : all}`,
  ].join(' · ');
}

export function explorerWorkbook(explorer: Explorer, t: Translate, language: string): Workbook {
  const title = `${t('retreat.explorer.title')} · ${explorer.plan.name.text}`;
  const head = [[title], [basisLine(explorer.period, t, language)], [explorerFiltersLine(explorer, t)], []];
  const header = ['level', 'code', 'name', 'status'].map((key) => t(`retreat.columns.${key}`));
  const figures = ['score', 'completeness', 'timeliness'].map((key) => t(`retreat.figure.${key}`));
  const tree: Sheet = {
    name: t('retreat.sheets.tree'),
    headerRow: head.length + 1,
    widths: [20, 12, 80, 14, 10, 14, 14, 8],
    rows: [
      ...head,
      [...header, ...figures, t('retreat.columns.kpis')],
      ...explorerLines(explorer, t).map((line) => [
        t(`retreat.kind.${line.kind}`),
        line.code,
        `${'   '.repeat(line.depth)}${line.name}`,
        t(`status.${line.rollUp.status}`),
        percent(line.rollUp.score),
        percent(line.rollUp.completeness),
        percent(line.rollUp.timeliness),
        line.rollUp.kpiCount,
      ]),
    ],
  };
  const byStatus: Sheet = {
    name: t('retreat.sheets.byStatus'),
    headerRow: head.length + 1,
    widths: [40, ...STATUSES.map(() => 12), 10],
    rows: [
      ...head,
      [t('retreat.columns.group'), ...STATUSES.map((s) => t(`status.${s}`)), t('retreat.columns.total')],
      ...explorer.roots.map((root) => [
        root.kind === 'unlinked' ? t('retreat.kind.unlinked') : `${root.code} ${root.name.text}`,
        ...STATUSES.map((s) => root.rollUp.counts[s]),
        STATUSES.reduce((sum, s) => sum + root.rollUp.counts[s], 0),
      ]),
    ],
  };
  return { title, rightToLeft: language === 'ar', sheets: [tree, byStatus] };
}

/** The file name says the plan, the view, the period and the language: SP-2024-2027-explorer-2026-Q2-ar.xlsx. */
export const explorerFileName = (explorer: Explorer, language: string) =>
  `${explorer.plan.code}-explorer-${explorer.period}-${language}`;
