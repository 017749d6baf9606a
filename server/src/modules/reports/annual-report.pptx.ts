// The annual report as a PowerPoint deck for the Council and the retreat, in the reader's language (right to
// left in Arabic): a title slide, one slide per goal and per Sector with its status distribution as a
// native (editable) chart, the registers (annual-report.registers-pptx.ts), the KPIs off track and the KPIs
// achieved. Built from the JSON report, so it shows exactly its figures (approved values unless the report says otherwise); colours are the screens' own.
import { STATUSES } from '@rbm/shared';
import { officeColor } from '@rbm/shared/rbm';
import type { AnnualReport, ReportGroup, RollUpFigures } from '@rbm/shared/schemas';
import type PptxGenJS from 'pptxgenjs';
import type { ExportLocale } from './export-texts/index.ts';
import { addAchievedSlides, addOffTrackSlides } from './annual-report.pptx-tables.ts';
import { addRegisterSlides } from './annual-report.registers-pptx.ts';
import { countAxis, deckLayout, type DeckLayout } from './pptx-layout.ts';

export function basisText(report: AnnualReport, locale: ExportLocale): string {
  return locale.text(report.basis.values === 'approved' ? 'approvedOnly' : 'unapproved');
}

function figuresText(r: RollUpFigures, locale: ExportLocale): string {
  const t = locale.text;
  return [
    `${t('status')}: ${locale.statusLabel(r.status)}`,
    `${t('score')}: ${locale.percent(r.score)}`,
    `${t('completeness')}: ${locale.percent(r.completeness)}`,
    `${t('timeliness')}: ${locale.percent(r.timeliness)}`,
    `${t('kpis')}: ${locale.number(r.kpiCount, 0)}`,
  ].join('\n');
}

function addTitleSlide(pptx: PptxGenJS, deck: DeckLayout, report: AnnualReport, day: string): void {
  const { locale, text, box } = deck;
  const t = locale.text;
  const slide = pptx.addSlide();
  slide.addText(
    t('title', { year: report.year }),
    text({ ...box(0.5, 2.0, 12.3, 1.0), fontSize: 34, bold: true, color: '1F2937' }),
  );
  slide.addText(
    `${locale.isolate(report.plan.name.text)} (${report.plan.code})`,
    text({ ...box(0.5, 3.1, 12.3, 0.6), fontSize: 20 }),
  );
  const lines = [
    basisText(report, locale),
    report.yearToDate
      ? t('yearToDate', { quarter: locale.period(report.yearToDate) })
      : t('asOf', { quarter: locale.period(report.basis.asOf) }) +
        (report.due ? '' : ` — ${t('notYetDue', { year: report.year })}`),
    t('producedOn', { date: locale.date(day) }),
  ];
  slide.addText(lines.join('\n'), text({ ...box(0.5, 3.9, 12.3, 1.2), fontSize: 16, color: '374151' }));
}

function addFigures(slide: PptxGenJS.Slide, deck: DeckLayout, rollUp: RollUpFigures): void {
  const figures = figuresText(rollUp, deck.locale);
  slide.addText(figures, deck.text({ ...deck.box(8.3, 1.5, 4.5, 3), fontSize: 16, valign: 'top' }));
}

/** A goal's distribution: a doughnut of its KPIs by status, the figures beside it. */
function addGoalSlide(pptx: PptxGenJS, deck: DeckLayout, group: ReportGroup, report: AnnualReport) {
  const { locale, text, box } = deck;
  const slide = pptx.addSlide();
  deck.title(slide, locale.text('goalTitle', { code: group.code, name: locale.isolate(group.name.text) }));
  const statuses = STATUSES.filter((s) => group.rollUp.counts[s] > 0);
  if (statuses.length === 0) {
    slide.addText(locale.text('noKpi'), text({ ...box(0.5, 1.5, 8, 0.6), fontSize: 16 }));
  } else {
    const title = locale.text('goalChart', { year: report.year });
    slide.addChart(
      pptx.ChartType.doughnut,
      [
        {
          name: title,
          labels: statuses.map(locale.statusLabel),
          values: statuses.map((s) => group.rollUp.counts[s]),
        },
      ],
      {
        ...box(0.5, 1.3, 7.5, 5.5),
        lang: deck.lang,
        holeSize: 50,
        chartColors: statuses.map(officeColor),
        showLegend: true,
        legendPos: locale.rtl ? 'l' : 'r',
        showValue: true,
        showPercent: false,
        showTitle: true,
        title,
      },
    );
  }
  addFigures(slide, deck, group.rollUp);
}

/** A Sector's priorities side by side: stacked bars of KPIs by status, the Sector's figures beside them. */
function addSectorSlide(
  pptx: PptxGenJS,
  deck: DeckLayout,
  sector: AnnualReport['sectors'][number],
  report: AnnualReport,
) {
  const { locale } = deck;
  const slide = pptx.addSlide();
  deck.title(
    slide,
    locale.text('sectorTitle', { code: sector.code, name: locale.isolate(sector.name.text) }),
  );
  const largest = Math.max(0, ...sector.priorities.map((p) => p.rollUp.kpiCount));
  const axis = countAxis(largest);
  slide.addChart(
    pptx.ChartType.bar,
    STATUSES.map((s) => ({
      name: locale.statusLabel(s),
      labels: sector.priorities.map((p) => p.code),
      values: sector.priorities.map((p) => p.rollUp.counts[s]),
    })),
    {
      ...deck.box(0.5, 1.3, 7.6, 5.6),
      lang: deck.lang,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: STATUSES.map(officeColor),
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title: locale.text('sectorChart', { year: report.year }),
      showCatAxisTitle: true,
      catAxisTitle: locale.text('priority'),
      showValAxisTitle: true,
      valAxisTitle: locale.text('countAxis'),
      // KPIs are counted whole: steps of 1, 2, 5... and labels without decimals.
      valAxisMinVal: 0,
      valAxisMaxVal: axis.max,
      valAxisMajorUnit: axis.step,
      valAxisLabelFormatCode: '0',
    },
  );
  addFigures(slide, deck, sector.rollUp);
}

/** The deck of the report in `locale`'s language; `day` (`YYYY-MM-DD`) is the day it is produced. */
export async function annualReportPptx(
  report: AnnualReport,
  locale: ExportLocale,
  day: string,
): Promise<Buffer> {
  // loaded with the first deck rather than at every start of the server
  const pptx = new (await import('pptxgenjs')).default();
  const deck = deckLayout(locale);
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = locale.rtl;
  pptx.title = `${locale.text('title', { year: report.year })} - ${report.plan.code}`;
  pptx.author = 'RBM dashboard';
  addTitleSlide(pptx, deck, report, day);
  for (const goal of report.goals) addGoalSlide(pptx, deck, goal, report);
  for (const sector of report.sectors) addSectorSlide(pptx, deck, sector, report);
  // the registers before the KPI tables, so the deck still ends on the KPIs achieved
  addRegisterSlides(pptx, deck, report, day);
  addOffTrackSlides(pptx, deck, report);
  addAchievedSlides(pptx, deck, report);
  // Compressed, as the retreat deck: write() ignores `compression` with an outputType (pptxgenjs 4.0.1).
  const out = await pptx.stream({ compression: true });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as Uint8Array);
}
