// The Resolution 59 report as a PowerPoint deck for TDAG and the Council, in the reader's language (right to
// left in Arabic): a title slide, the themes' KPIs by status as a native (editable) chart with the units'
// work in a table, the joint work, the duplicates found and resolved, and the overlapping events.
import { STATUSES } from '@rbm/shared';
import { officeColor } from '@rbm/shared/rbm';
import type { ThemeReport } from '@rbm/shared/schemas';
import type PptxGenJS from 'pptxgenjs';
import { addTableSlides } from '../reports/annual-report.pptx-tables.ts';
import type { ExportLocale } from '../reports/export-texts/index.ts';
import { countAxis, deckLayout, type DeckLayout } from '../reports/pptx-layout.ts';
import type { ThemeReportWords } from './theme-report-texts/index.ts';

function addTitleSlide(
  pptx: PptxGenJS,
  deck: DeckLayout,
  report: ThemeReport,
  w: ThemeReportWords,
  day: string,
) {
  const { locale, text, box } = deck;
  const t = locale.text;
  const slide = pptx.addSlide();
  slide.addText(
    w('title', { year: report.year }),
    text({ ...box(0.5, 1.6, 12.3, 1.2), fontSize: 32, bold: true, color: '1F2937', fit: 'shrink' }),
  );
  slide.addText(w('subtitle'), text({ ...box(0.5, 2.9, 12.3, 0.8), fontSize: 18 }));
  const lines = [
    w('audience'),
    `${locale.isolate(report.plan.name.text)} (${report.plan.code})`,
    `${t('approvedOnly')} — ${
      report.yearToDate
        ? t('yearToDate', { quarter: locale.period(report.yearToDate) })
        : t('asOf', { quarter: locale.period(report.basis.period) })
    }`,
    t('producedOn', { date: locale.date(day) }),
  ];
  slide.addText(lines.join('\n'), text({ ...box(0.5, 3.9, 12.3, 1.6), fontSize: 16, color: '374151' }));
}

/** Every theme's KPIs by status, stacked; the open candidates and activities beside, in a table. */
function addThemesSlide(pptx: PptxGenJS, deck: DeckLayout, report: ThemeReport, w: ThemeReportWords) {
  const { locale } = deck;
  const slide = pptx.addSlide();
  deck.title(slide, w('themesTitle'));
  const largest = Math.max(0, ...report.themes.map((th) => th.rollUp.kpiCount));
  const axis = countAxis(largest);
  slide.addChart(
    pptx.ChartType.bar,
    STATUSES.map((s) => ({
      name: locale.statusLabel(s),
      labels: report.themes.map((th) => th.code),
      values: report.themes.map((th) => th.rollUp.counts[s]),
    })),
    {
      ...deck.box(0.5, 1.3, 8.2, 5.8),
      lang: deck.lang,
      barDir: 'bar',
      barGrouping: 'stacked',
      chartColors: STATUSES.map(officeColor),
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title: `${w('themesChart')}, ${locale.period(report.basis.period)}`,
      showValAxisTitle: true,
      valAxisTitle: locale.text('countAxis'),
      valAxisMinVal: 0,
      valAxisMaxVal: axis.max,
      valAxisMajorUnit: axis.step,
      valAxisLabelFormatCode: '0',
    },
  );
  // beside the chart: each theme's units and its open candidates, as a table (reads in either direction)
  const cell = (value: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: value,
    options: { ...deck.text(), ...options } as PptxGenJS.TableCellProps,
  });
  const header = [w('theme'), w('unit'), w('openCandidates')].map((h) =>
    cell(h, { bold: true, fill: { color: 'F3F4F6' } }),
  );
  const rows = report.themes.map((th) => [
    cell(th.code, { bold: true }),
    cell(th.units.map((u) => u.unit).join(', ') || '–'),
    cell(locale.number(th.openCandidates, 0)),
  ]);
  const { x, y, w: width } = deck.box(8.9, 1.3, 4.1, 0);
  slide.addTable([deck.columns(header), ...rows.map((r) => deck.columns(r))], {
    x,
    y,
    w: width,
    colW: deck.columns([0.7, 2.3, 1.1]),
    fontSize: 8,
    border: { type: 'solid', pt: 0.5, color: 'BFC5CD' },
    valign: 'top',
  });
}

/** The deck of the report in `locale`'s language; `day` (`YYYY-MM-DD`) is the day it is produced. */
export async function themeReportPptx(
  report: ThemeReport,
  locale: ExportLocale,
  w: ThemeReportWords,
  day: string,
): Promise<Buffer> {
  const pptx = new (await import('pptxgenjs')).default();
  const deck = deckLayout(locale);
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = locale.rtl;
  pptx.title = `${w('title', { year: report.year })} - ${report.plan.code}`;
  pptx.author = 'RBM dashboard';
  addTitleSlide(pptx, deck, report, w, day);
  addThemesSlide(pptx, deck, report, w);
  const byCode = new Map(report.activities.map((a) => [a.code, a]));
  const activity = (code: string) => {
    const a = byCode.get(code);
    return a ? `${a.unit} ${a.code}: ${locale.isolate(a.title.text)}` : code;
  };
  addTableSlides(pptx, deck, {
    title: `${w('jointTitle')}: ${w('jointActivities')}`,
    none: w('none'),
    rows: report.joint.activities,
    rowsPerSlide: 10,
    headers: [w('activity'), w('participants'), w('themes')],
    colW: [7.3, 3, 2],
    cells: (code) => [
      activity(code),
      byCode.get(code)?.participants.join(', ') ?? '',
      byCode.get(code)?.themes.join(', ') ?? '',
    ],
  });
  const counts = (['joint_work', 'duplicate', 'unrelated'] as const)
    .map((d) => `${w(d)}: ${locale.number(report.duplicates.counts[d], 0)}`)
    .join(' · ');
  addTableSlides(pptx, deck, {
    title: `${w('duplicatesTitle')} — ${counts} · ${w('openNow')}: ${locale.number(report.duplicates.open, 0)}`,
    none: w('none'),
    rows: report.duplicates.decisions,
    rowsPerSlide: 6,
    headers: [w('theme'), w('pairA'), w('pairB'), w('decision'), w('note')],
    colW: [1.1, 3.2, 3.2, 1.8, 3],
    cells: (d) => [
      d.theme,
      `${d.a.unit} ${d.a.code}: ${locale.isolate(d.a.title)}`,
      `${d.b.unit} ${d.b.code}: ${locale.isolate(d.b.title)}`,
      w(d.decision),
      locale.isolate(d.note),
    ],
  });
  addTableSlides(pptx, deck, {
    title: w('overlapsTitle'),
    none: w('none'),
    rows: report.overlaps,
    rowsPerSlide: 8,
    headers: [w('eventA'), w('eventB'), w('themes')],
    colW: [5.3, 5.3, 1.7],
    cells: (o) => [activity(o.a), activity(o.b), o.themes.join(', ')],
  });
  const out = await pptx.stream({ compression: true });
  return Buffer.isBuffer(out) ? out : Buffer.from(out as Uint8Array);
}
