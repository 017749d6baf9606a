// The registers' slides of the annual-report deck: the 5x5 risk heat map of confirmed residual ratings (a
// table, each cell's count on green within the appetite or red above it), the top risks, the oversight
// recommendations' rates by body and the overdue ones per unit, and the commitments' confirmed statuses.
import type { AnnualReport } from '@rbm/shared/schemas';
import type PptxGenJS from 'pptxgenjs';
import { addTableSlides } from './annual-report.pptx-tables.ts';
import { bodyLabel, commitmentStatusLabel, ratePercent } from './export-texts/registers.ts';
import type { DeckLayout } from './pptx-layout.ts';

const LEVELS = [1, 2, 3, 4, 5] as const;
const WITHIN = 'D1FAE5';
const ABOVE = 'FECACA';

function addHeatMapSlide(pptx: PptxGenJS, deck: DeckLayout, report: AnnualReport, day: string) {
  const { locale, text, box, columns } = deck;
  const t = locale.text;
  const { heatMap } = report.registers.risks;
  const slide = pptx.addSlide();
  deck.title(slide, t('heatMapTitle'));
  const cell = (value: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: value,
    options: { ...text(), ...options } as PptxGenJS.TableCellProps,
  });
  const header = columns([
    cell(t('likelihoodImpact'), { bold: true, fill: { color: 'F3F4F6' } }),
    ...LEVELS.map((i) => cell(String(i), { bold: true, fill: { color: 'F3F4F6' } })),
  ]);
  const rows = [...LEVELS].reverse().map((likelihood) =>
    columns([
      cell(String(likelihood), { bold: true, fill: { color: 'F3F4F6' } }),
      ...LEVELS.map((impact) => {
        const found = heatMap.cells.find((c) => c.likelihood === likelihood && c.impact === impact);
        const count = found?.count ?? 0;
        // colour and symbol: a cell above the appetite is red and marked ▲, as on the screen
        const mark = found?.withinAppetite === false ? ' ▲' : '';
        return cell(count === 0 ? '' : `${locale.number(count, 0)}${mark}`, {
          bold: count > 0,
          fill: { color: found?.withinAppetite ? WITHIN : ABOVE },
        });
      }),
    ]),
  );
  const { x, y, w } = box(0.5, 1.3, 7.5, 0);
  slide.addTable([header, ...rows], {
    x,
    y,
    w,
    colW: columns([2.0, 1.1, 1.1, 1.1, 1.1, 1.1]),
    rowH: 0.75,
    fontSize: 16,
    border: { type: 'solid', pt: 0.5, color: 'BFC5CD' },
    valign: 'middle',
  });
  const notes = [
    `${t('appetite')}: ${locale.number(heatMap.appetite, 0)}`,
    `${t('unassessed')}: ${locale.number(heatMap.unassessed, 0)}`,
    t('registersNote', { date: locale.date(day) }),
  ];
  slide.addText(notes.join('\n'), text({ ...box(8.4, 1.3, 4.4, 3), fontSize: 14, valign: 'top' }));
}

export function addRegisterSlides(pptx: PptxGenJS, deck: DeckLayout, report: AnnualReport, day: string) {
  const { locale } = deck;
  const t = locale.text;
  const { risks, recommendations, commitments } = report.registers;
  addHeatMapSlide(pptx, deck, report, day);
  addTableSlides(pptx, deck, {
    title: t('topRisksTitle'),
    none: t('noRisk'),
    rows: risks.top,
    rowsPerSlide: 8,
    headers: [t('risk'), t('riskTitle'), t('ownerUnit'), t('linkedPriorities'), t('residualScore')],
    colW: [1.4, 6.1, 1.4, 2.0, 1.4],
    status: 'off_track',
    cells: (r) => [
      r.code,
      locale.isolate(r.title),
      r.sector.code,
      r.priorities.join(', ') || '–',
      r.latest
        ? `${locale.number(r.latest.residual.score, 0)} (${r.latest.residual.likelihood}×${r.latest.residual.impact})`
        : '–',
    ],
  });
  const overall = { body: null, rates: recommendations.overall };
  addTableSlides(pptx, deck, {
    title: t('ratesTitle'),
    none: t('noOverdue'),
    rows: [...recommendations.byBody, overall],
    rowsPerSlide: 8,
    headers: [
      t('oversightBody'),
      t('total'),
      t('acceptanceRate'),
      t('implementationRate'),
      t('open'),
      t('overdue'),
    ],
    colW: [3.3, 1.8, 1.8, 1.8, 1.8, 1.8],
    status: 'on_track',
    cells: ({ body, rates }) => [
      body === null ? t('allBodies') : bodyLabel(locale, body),
      locale.number(rates.total, 0),
      locale.percent(ratePercent(rates.acceptanceRate)),
      locale.percent(ratePercent(rates.implementationRate)),
      locale.number(rates.open, 0),
      locale.number(rates.overdue, 0),
    ],
  });
  addTableSlides(pptx, deck, {
    title: t('overdueTitle'),
    none: t('noOverdue'),
    rows: recommendations.overdueByUnit.flatMap(({ sector, items }) => items.map((r) => ({ sector, ...r }))),
    rowsPerSlide: 10,
    headers: [t('responsibleUnit'), t('oversightBody'), t('reportRef'), t('recNumber'), t('targetDate')],
    colW: [2.0, 3.0, 3.8, 1.3, 2.2],
    status: 'off_track',
    cells: (r) => [
      r.sector.code,
      bodyLabel(locale, r.body),
      r.reportRef,
      r.number,
      r.targetDate ? locale.date(r.targetDate) : '–',
    ],
  });
  addTableSlides(pptx, deck, {
    title: t('commitmentsTitle'),
    none: t('noCommitment'),
    rows: commitments.items,
    rowsPerSlide: 8,
    headers: [t('commitment'), t('name'), t('ownerUnit'), t('commitmentStatus'), t('dueDate')],
    colW: [1.5, 5.6, 1.4, 2.2, 1.6],
    status: 'on_track',
    cells: (c) => [
      c.code,
      locale.isolate(c.title[locale.language] ?? c.title.en),
      c.sector.code,
      c.progress ? commitmentStatusLabel(locale, c.progress.status) : t('noConfirmedStatus'),
      c.dueDate ? locale.date(c.dueDate) : '–',
    ],
  });
}
