// What every slide of the annual-report deck shares: the wide layout, text that reads in the deck's
// language (right to left and right-aligned in Arabic, the whole layout mirrored), and count axes that step
// by whole numbers.
import type PptxGenJS from 'pptxgenjs';
import type { ExportLocale } from './export-texts/index.ts';

/** Width of LAYOUT_WIDE, in inches. */
export const SLIDE_WIDTH = 13.333;

/** The language tag PowerPoint spells and checks text with. */
const OFFICE_LANGUAGE = {
  ar: 'ar-SA',
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  ru: 'ru-RU',
  zh: 'zh-CN',
} as const;

export interface DeckLayout {
  locale: ExportLocale;
  lang: string;
  /** Text options for the deck's direction: `rtlMode` and right alignment in Arabic. */
  text: (options?: PptxGenJS.TextPropsOptions) => PptxGenJS.TextPropsOptions;
  /** A box at `x` (inches from the reading start: the left, or the right in Arabic). */
  box: (x: number, y: number, w: number, h: number) => { x: number; y: number; w: number; h: number };
  /** Table columns in reading order (mirrored in Arabic, so the first column is the rightmost). */
  columns: <T>(cells: readonly T[]) => T[];
  title: (slide: PptxGenJS.Slide, title: string) => void;
}

export function deckLayout(locale: ExportLocale): DeckLayout {
  const rtl = locale.rtl;
  const lang = OFFICE_LANGUAGE[locale.language];
  const text = (options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextPropsOptions => ({
    lang,
    align: rtl ? 'right' : 'left',
    ...(rtl ? { rtlMode: true } : {}),
    ...options,
  });
  const box = (x: number, y: number, w: number, h: number) => ({
    x: rtl ? SLIDE_WIDTH - x - w : x,
    y,
    w,
    h,
  });
  return {
    locale,
    lang,
    text,
    box,
    columns: (cells) => (rtl ? [...cells].reverse() : [...cells]),
    title: (slide, title) =>
      slide.addText(
        title,
        text({ ...box(0.5, 0.3, 12.3, 0.8), fontSize: 26, bold: true, color: '1F2937', fit: 'shrink' }),
      ),
  };
}

/**
 * A value axis for counts: whole steps (1, 2, 5, 10, 20, ...) chosen so that about ten gridlines or fewer
 * cover `max`, from 0 to a whole multiple of the step; never 0.5.
 */
export function countAxis(max: number): { step: number; max: number } {
  const top = Math.max(1, Math.ceil(max));
  let step = 1;
  for (let scale = 1; top / step > 10; scale *= 10) {
    step = [1, 2, 5].map((m) => m * scale).find((s) => top / s <= 10) ?? 10 * scale;
  }
  return { step, max: Math.ceil(top / step) * step };
}
