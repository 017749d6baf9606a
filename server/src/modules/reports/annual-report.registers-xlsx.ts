// The registers' sheets of the annual-report workbook: the 5x5 risk heat map of confirmed residual ratings,
// the top risks, the oversight recommendations' rates by body, the overdue list per responsible unit, and
// the commitments with their confirmed status.
import type { AnnualReport } from '@rbm/shared/schemas';
import type ExcelJS from 'exceljs';
import { addSheet, long, percent, text, type Cell } from './annual-report.xlsx-sheet.ts';
import type { ExportLocale } from './export-texts/index.ts';
import { bodyLabel, commitmentStatusLabel, ratePercent } from './export-texts/registers.ts';

const LEVELS = [1, 2, 3, 4, 5] as const;
/** The heat map's colours: green within the plan's appetite, red above it. */
const WITHIN = 'FFD1FAE5';
const ABOVE = 'FFFECACA';

function heatMapSheet(workbook: ExcelJS.Workbook, locale: ExportLocale, report: AnnualReport, day: string) {
  const t = locale.text;
  const { heatMap } = report.registers.risks;
  const cellOf = (likelihood: number, impact: number) =>
    heatMap.cells.find((c) => c.likelihood === likelihood && c.impact === impact);
  const grid: Cell[][] = [...LEVELS]
    .reverse()
    .map((l) => [l, ...LEVELS.map((i) => cellOf(l, i)?.count ?? 0)]);
  const notes: Cell[][] = [
    [],
    [t('appetite'), heatMap.appetite],
    [t('unassessed'), heatMap.unassessed],
    [t('registersNote', { date: locale.date(day) })],
  ];
  const columns = [long(t('likelihoodImpact'), 40), ...LEVELS.map((i) => text(String(i), 9))];
  const sheet = addSheet(workbook, locale, t('sheetHeatMap'), columns, [...grid, ...notes]);
  grid.forEach((row, r) => {
    LEVELS.forEach((impact, i) => {
      const cell = cellOf(Number(row[0]), impact);
      const fill = cell?.withinAppetite ? WITHIN : ABOVE;
      sheet.getRow(r + 2).getCell(i + 2).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: fill },
      };
    });
  });
}

export function addRegisterSheets(
  workbook: ExcelJS.Workbook,
  locale: ExportLocale,
  report: AnnualReport,
  day: string,
): void {
  const t = locale.text;
  const { risks, recommendations, commitments } = report.registers;
  heatMapSheet(workbook, locale, report, day);
  addSheet(
    workbook,
    locale,
    t('sheetTopRisks'),
    [
      text(t('risk'), 12),
      long(t('riskTitle'), 44),
      text(t('ownerUnit'), 12),
      long(t('linkedPriorities'), 18),
      text(t('likelihood'), 11),
      text(t('impact'), 9),
      text(t('residualScore'), 10),
      text(t('withinAppetite'), 12),
      text(t('assessedQuarter'), 12),
    ],
    risks.top.map((r) => [
      r.code,
      r.title,
      r.sector.code,
      r.priorities.join(', '),
      r.latest?.residual.likelihood ?? null,
      r.latest?.residual.impact ?? null,
      r.latest?.residual.score ?? null,
      r.latest ? t(r.latest.withinAppetite ? 'yes' : 'no') : null,
      r.latest ? locale.period(r.latest.period) : null,
    ]),
  );
  const rateRow = (label: string, r: AnnualReport['registers']['recommendations']['overall']): Cell[] => [
    label,
    r.total,
    ratePercent(r.acceptanceRate),
    ratePercent(r.implementationRate),
    r.open,
    r.overdue,
  ];
  addSheet(
    workbook,
    locale,
    t('sheetRecommendations'),
    [
      long(t('oversightBody'), 26),
      text(t('total'), 14),
      percent(t('acceptanceRate')),
      percent(t('implementationRate')),
      text(t('open'), 10),
      text(t('overdue'), 10),
    ],
    [
      ...recommendations.byBody.map((b) => rateRow(bodyLabel(locale, b.body), b.rates)),
      rateRow(t('allBodies'), recommendations.overall),
    ],
  );
  addSheet(
    workbook,
    locale,
    t('sheetOverdue'),
    [
      text(t('responsibleUnit'), 14),
      long(t('oversightBody'), 24),
      long(t('reportRef'), 24),
      text(t('recNumber'), 8),
      text(t('targetDate'), 14),
    ],
    recommendations.overdueByUnit.flatMap(({ sector, items }) =>
      items.map((r) => [
        sector.code,
        bodyLabel(locale, r.body),
        r.reportRef,
        r.number,
        r.targetDate ? locale.date(r.targetDate) : null,
      ]),
    ),
  );
  addSheet(
    workbook,
    locale,
    t('sheetCommitments'),
    [
      text(t('commitment'), 12),
      long(t('name'), 48),
      text(t('ownerUnit'), 12),
      long(t('commitmentStatus'), 18),
      text(t('reviewQuarter'), 12),
      text(t('dueDate'), 13),
      text(t('overdue'), 10),
    ],
    [
      ...commitments.items.map((c) => [
        c.code,
        c.title[locale.language] ?? c.title.en,
        c.sector.code,
        c.progress ? commitmentStatusLabel(locale, c.progress.status) : t('noConfirmedStatus'),
        c.progress ? locale.period(c.progress.period) : null,
        c.dueDate ? locale.date(c.dueDate) : null,
        t(c.overdue ? 'yes' : 'no'),
      ]),
      [],
      ...commitments.counts.map(({ status, count }) => [commitmentStatusLabel(locale, status), count]),
    ],
  );
}
