// The deck's tables: the KPIs off track (actual, expected and target beside the ratio, and what the
// reviewers wrote) and the KPIs achieved (actual against target), a few rows per slide.
import type { Status } from '@rbm/shared';
import { officeColor } from '@rbm/shared/rbm';
import type { AchievedKpi, AnnualReport, OffTrackKpi } from '@rbm/shared/schemas';
import type PptxGenJS from 'pptxgenjs';
import type { DeckLayout } from './pptx-layout.ts';

const OFF_TRACK_ROWS_PER_SLIDE = 6;
const ACHIEVED_ROWS_PER_SLIDE = 10;

export interface TablePart<T> {
  title: string;
  none: string;
  rows: readonly T[];
  rowsPerSlide: number;
  headers: string[];
  colW: number[];
  cells: (row: T) => string[];
  /** The status whose colour marks each row's code (the first cell). */
  status: Status;
}

/** One table over as many slides as its rows need, each titled (with "(n/m)" when there are several). */
export function addTableSlides<T>(pptx: PptxGenJS, deck: DeckLayout, part: TablePart<T>): void {
  const { text, box, columns } = deck;
  const pages = Math.max(1, Math.ceil(part.rows.length / part.rowsPerSlide));
  const cell = (value: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({
    text: value,
    options: { ...text(), ...options } as PptxGenJS.TableCellProps,
  });
  const header = columns(part.headers.map((h) => cell(h, { bold: true, fill: { color: 'F3F4F6' } })));
  for (let page = 0; page < pages; page++) {
    const slide = pptx.addSlide();
    deck.title(slide, part.title + (pages > 1 ? ` (${page + 1}/${pages})` : ''));
    const rows = part.rows.slice(page * part.rowsPerSlide, (page + 1) * part.rowsPerSlide);
    if (rows.length === 0) {
      slide.addText(part.none, text({ ...box(0.5, 1.5, 12, 0.6), fontSize: 16 }));
      continue;
    }
    const body = rows.map((row) =>
      columns(
        part
          .cells(row)
          .map((value, i) => cell(value, i === 0 ? { bold: true, color: officeColor(part.status) } : {})),
      ),
    );
    const { x, y, w } = box(0.5, 1.3, 12.3, 0);
    slide.addTable([header, ...body], {
      x,
      y,
      w,
      colW: columns(part.colW),
      fontSize: 10,
      border: { type: 'solid', pt: 0.5, color: 'BFC5CD' },
      valign: 'top',
    });
  }
}

export function addOffTrackSlides(pptx: PptxGenJS, deck: DeckLayout, report: AnnualReport): void {
  const { locale } = deck;
  const t = locale.text;
  addTableSlides<OffTrackKpi>(pptx, deck, {
    title: t('offTrackTitle', { year: report.year }),
    none: t('noOffTrack'),
    rows: report.offTrack,
    rowsPerSlide: OFF_TRACK_ROWS_PER_SLIDE,
    headers: [
      t('kpi'),
      t('name'),
      t('priority'),
      t('actual'),
      t('expected'),
      t('target', { year: report.year }),
      t('ratio'),
      t('narrative'),
    ],
    colW: [1.0, 3.0, 1.1, 1.0, 1.0, 1.0, 0.8, 3.4],
    status: 'off_track',
    cells: (k) => {
      const narrative = [k.narrative?.challenges, k.narrative?.improvements]
        .filter((text): text is string => Boolean(text))
        .map(locale.isolate)
        .join(' — ');
      return [
        k.code,
        locale.isolate(k.name.text),
        k.priority,
        locale.figure(k.actual, k.unit),
        locale.figure(k.expected, k.unit),
        locale.figure(k.target, k.unit),
        locale.number(k.ratio),
        narrative || '–',
      ];
    },
  });
}

export function addAchievedSlides(pptx: PptxGenJS, deck: DeckLayout, report: AnnualReport): void {
  const { locale } = deck;
  const t = locale.text;
  addTableSlides<AchievedKpi>(pptx, deck, {
    title: t('achievedTitle', { year: report.year }),
    none: t('noAchieved'),
    rows: report.achieved,
    rowsPerSlide: ACHIEVED_ROWS_PER_SLIDE,
    headers: [t('kpi'), t('name'), t('priority'), t('actual'), t('target', { year: report.year })],
    colW: [1.2, 6.5, 1.6, 1.5, 1.5],
    status: 'achieved',
    cells: (k) => [
      k.code,
      locale.isolate(k.name.text),
      k.priority,
      locale.figure(k.actual, k.unit),
      locale.figure(k.target, k.unit),
    ],
  });
}
