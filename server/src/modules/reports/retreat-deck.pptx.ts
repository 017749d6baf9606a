// The retreat deck: the comparison of the Sectors as PowerPoint, in the reader's language (right to left in
// Arabic). A title slide, then one slide per Sector: its heatmap row by quarter in the heatmap's own colours
// (the shared status style, banded by the plan's thresholds), its KPIs by status, and the forecast of each of
// its KPIs for the plan's last year (the outlook); a long forecast table goes on over further slides. Built
// from the comparison and outlook JSON, so it shows exactly their figures.
import { STATUSES, type Language } from '@rbm/shared';
import { officeColor, scoreBand, STATUS_SYMBOLS, STATUS_TINTS } from '@rbm/shared/rbm';
import { PPTX_CONTENT_TYPE, type Comparison, type Outlook, type OutlookRow } from '@rbm/shared/schemas';
import type PptxGenJS from 'pptxgenjs';
import { OUTLOOK_TEXTS } from '../outlook/outlook.texts.ts';
import { exportLocale } from './export-texts/index.ts';
import { deckLayout, type DeckLayout } from './pptx-layout.ts';
import { RETREAT_DECK_TEXTS, type RetreatDeckTexts } from './retreat-deck.texts.ts';

/** Forecast rows under the heatmap and statuses of a Sector's slide, and on each slide that continues it. */
const FIRST_SLIDE_ROWS = 8;
const NEXT_SLIDE_ROWS = 14;
const ROW_HEIGHT = 0.28;
const FORECAST_WIDTHS = [0.9, 4.5, 1.1, 0.8, 1.1, 1.1, 0.8, 2.0];
const BORDER = { type: 'solid', pt: 0.5, color: 'BFC5CD' } as const;

type ComparedSector = Comparison['heatmap']['rows'][number];

interface RetreatDeck extends DeckLayout {
  words: RetreatDeckTexts;
  comparison: Comparison;
  outlook: Outlook;
}

/** A `#rrggbb` colour as Office Open XML writes it. */
const office = (css: string) => css.slice(1).toUpperCase();

function cell(deck: RetreatDeck, value: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell {
  return { text: value, options: { ...deck.text(), ...options } as PptxGenJS.TableCellProps };
}

function subtitle(slide: PptxGenJS.Slide, deck: RetreatDeck, y: number, value: string): void {
  slide.addText(
    value,
    deck.text({ ...deck.box(0.5, y, 12.3, 0.3), fontSize: 13, bold: true, color: '1F2937' }),
  );
}

function table(
  slide: PptxGenJS.Slide,
  deck: RetreatDeck,
  rows: PptxGenJS.TableRow[],
  y: number,
  colW: number[],
) {
  const { x, w } = deck.box(0.5, y, 12.3, 0);
  slide.addTable(rows, { x, y, w, colW: deck.columns(colW), fontSize: 10, border: BORDER, rowH: ROW_HEIGHT });
}

function addTitleSlide(pptx: PptxGenJS, deck: RetreatDeck, day: string): void {
  const { locale, words, comparison, text, box } = deck;
  const slide = pptx.addSlide();
  slide.addText(
    words.title,
    text({ ...box(0.5, 2.0, 12.3, 1.0), fontSize: 34, bold: true, color: '1F2937' }),
  );
  slide.addText(
    `${locale.isolate(comparison.plan.name.text)} (${comparison.plan.code})`,
    text({ ...box(0.5, 3.1, 12.3, 0.6), fontSize: 20 }),
  );
  const lines = [
    words.basis(locale.period(comparison.period)),
    locale.text(comparison.basis.values === 'approved' ? 'approvedOnly' : 'unapproved'),
    locale.text('producedOn', { date: locale.date(day) }),
  ];
  slide.addText(lines.join('\n'), text({ ...box(0.5, 3.9, 12.3, 1.2), fontSize: 16, color: '374151' }));
}

/** The Sector's row of the heatmap: one cell per quarter, its score and status symbol on the band's tint. */
function addHeatmapRow(slide: PptxGenJS.Slide, deck: RetreatDeck, row: ComparedSector): void {
  const { locale, comparison } = deck;
  subtitle(slide, deck, 1.4, deck.words.heatmap);
  const header = row.cells.map((c) =>
    cell(deck, locale.period(c.period), { bold: true, fill: { color: 'F3F4F6' } }),
  );
  const cells = row.cells.map((c) =>
    cell(deck, `${locale.percent(c.score)} ${STATUS_SYMBOLS[c.status]}`, {
      fill: { color: office(STATUS_TINTS[scoreBand(c.score, comparison.thresholds, c.status)]) },
      color: '1F2937',
    }),
  );
  const width = 12.3 / Math.max(1, row.cells.length);
  table(
    slide,
    deck,
    [deck.columns(header), deck.columns(cells)],
    1.72,
    row.cells.map(() => width),
  );
}

/** The Sector's KPIs by status in the period: each status's word in its colour over its count. */
function addStatuses(slide: PptxGenJS.Slide, deck: RetreatDeck, counts: Record<string, number>): void {
  const { locale } = deck;
  subtitle(slide, deck, 2.6, deck.words.statuses(locale.period(deck.comparison.period)));
  const header = STATUSES.map((s) =>
    cell(deck, locale.statusLabel(s), { bold: true, color: officeColor(s) }),
  );
  const values = STATUSES.map((s) => cell(deck, locale.number(counts[s] ?? 0, 0)));
  table(
    slide,
    deck,
    [deck.columns(header), deck.columns(values)],
    2.92,
    STATUSES.map(() => 12.3 / STATUSES.length),
  );
}

function forecastCells(deck: RetreatDeck, language: Language, r: OutlookRow): string[] {
  const { locale } = deck;
  return [
    r.code,
    locale.isolate(r.name.text),
    locale.figure(r.target, r.unit),
    String(r.targetYear),
    locale.figure(r.forecast, r.unit),
    locale.figure(r.gap, r.unit),
    r.likelyYear === null ? '–' : String(r.likelyYear),
    OUTLOOK_TEXTS[language].verdict[r.verdict],
  ];
}

function addForecastTable(slide: PptxGenJS.Slide, deck: RetreatDeck, rows: readonly OutlookRow[], y: number) {
  const language = deck.locale.language;
  const c = OUTLOOK_TEXTS[language].columns;
  const header = [c[0], c[1], c[4], c[5], c[6], c[7], c[8], c[9]].map((h) =>
    cell(deck, h, { bold: true, fill: { color: 'F3F4F6' } }),
  );
  const body = rows.map((r) =>
    forecastCells(deck, language, r).map((value, i) => cell(deck, value, i === 0 ? { bold: true } : {})),
  );
  const slideRows = [header, ...body].map((row) => deck.columns(row));
  const { x, w } = deck.box(0.5, y, 12.3, 0);
  slide.addTable(slideRows, {
    x,
    y,
    w,
    colW: deck.columns(FORECAST_WIDTHS),
    fontSize: 9,
    border: BORDER,
    rowH: ROW_HEIGHT,
    valign: 'middle',
  });
}

function addSectorSlides(pptx: PptxGenJS, deck: RetreatDeck, row: ComparedSector): void {
  const { locale, words, comparison, outlook } = deck;
  const group = comparison.groups.find((g) => g.code === row.code);
  const title = locale.text('sectorTitle', { code: row.code, name: locale.isolate(row.name.text) });
  const slide = pptx.addSlide();
  deck.title(slide, title);
  if (group) {
    const rank = group.rank === null ? words.unranked : locale.number(group.rank, 0);
    const figures = words.figures(
      locale.percent(group.rollUp.score),
      rank,
      locale.number(group.rollUp.kpiCount, 0),
    );
    const registers = comparison.registers.find((r) => r.sector === row.code);
    const confirmed = registers
      ? ` · ${words.registers(
          locale.number(registers.risksAboveAppetite, 0),
          locale.number(registers.recommendationsOpen, 0),
          locale.number(registers.recommendationsOverdue, 0),
        )}`
      : '';
    slide.addText(
      figures + confirmed,
      deck.text({ ...deck.box(0.5, 1.0, 12.3, 0.35), fontSize: 14, color: '374151' }),
    );
  }
  addHeatmapRow(slide, deck, row);
  addStatuses(slide, deck, group?.rollUp.counts ?? {});
  subtitle(slide, deck, 3.6, words.forecast(outlook.targetYear));
  const forecasts = outlook.rows.filter((r) => r.sector === row.code);
  if (forecasts.length === 0) {
    slide.addText(words.noKpi, deck.text({ ...deck.box(0.5, 3.92, 12.3, 0.4), fontSize: 14 }));
    return;
  }
  addForecastTable(slide, deck, forecasts.slice(0, FIRST_SLIDE_ROWS), 3.92);
  for (let from = FIRST_SLIDE_ROWS; from < forecasts.length; from += NEXT_SLIDE_ROWS) {
    const next = pptx.addSlide();
    deck.title(next, `${title} ${words.continued}`);
    subtitle(next, deck, 1.1, words.forecast(outlook.targetYear));
    addForecastTable(next, deck, forecasts.slice(from, from + NEXT_SLIDE_ROWS), 1.5);
  }
}

/** The file name: ASCII, with the plan, the period and the language (`SP-2024-2027-retreat-2026-Q2-ar.pptx`). */
export function retreatDeckFileName(comparison: Comparison, language: Language): string {
  return `${comparison.plan.code}-retreat-${comparison.period}-${language}.pptx`;
}

/** The deck of a comparison by Sector and the plan's outlook; `day` (`YYYY-MM-DD`) is the day it is produced. */
export async function retreatDeckPptx(
  comparison: Comparison,
  outlook: Outlook,
  language: Language,
  day: string,
): Promise<{ contentType: string; filename: string; body: Buffer }> {
  const pptx = new (await import('pptxgenjs')).default();
  const locale = exportLocale(language);
  const words = RETREAT_DECK_TEXTS[language];
  const deck: RetreatDeck = { ...deckLayout(locale), words, comparison, outlook };
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = locale.rtl;
  pptx.title = `${words.title} - ${comparison.plan.code} - ${comparison.period}`;
  pptx.author = 'RBM dashboard';
  addTitleSlide(pptx, deck, day);
  for (const row of comparison.heatmap.rows) addSectorSlides(pptx, deck, row);
  // Compressed: the tables' XML is large and repetitive (760 KB stored). write() ignores `compression` with an
  // outputType (pptxgenjs 4.0.1); stream() honours it and answers a Node buffer.
  const out = await pptx.stream({ compression: true });
  return {
    contentType: PPTX_CONTENT_TYPE,
    filename: retreatDeckFileName(comparison, language),
    body: Buffer.isBuffer(out) ? out : Buffer.from(out as Uint8Array),
  };
}
