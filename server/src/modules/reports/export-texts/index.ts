// The workbook's and the deck's words, numbers and dates in the reader's language: one catalogue per
// language beside the export (the client's catalogues are not shipped with the server).
import type { KpiUnit, Language, ReviewStatus, Status } from '@rbm/shared';
import { parsePeriod, STATUS_SYMBOLS } from '@rbm/shared/rbm';
import { ar } from './ar.ts';
import { en, type ExportTexts } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { ExportTexts };
export type TextKey = keyof ExportTexts;

export const EXPORT_TEXTS: Readonly<Record<Language, ExportTexts>> = { ar, en, es, fr, ru, zh };

const REVIEW_KEYS: Readonly<Record<ReviewStatus, TextKey>> = {
  open: 'reviewOpen',
  submitted: 'reviewSubmitted',
  approved: 'reviewApproved',
  returned: 'reviewReturned',
};

const UNIT_KEYS: Readonly<Record<KpiUnit, TextKey>> = {
  percent: 'unitPercent',
  count: 'unitCount',
  days: 'unitDays',
  currency: 'unitCurrency',
  ratio: 'unitRatio',
  number: 'unitNumber',
};

/** `{name}` in a text replaced by its value (unknown names are left as they are, to be seen). */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export interface ExportLocale {
  language: Language;
  /** Arabic reads right to left: sheets, slides and paragraphs follow. */
  rtl: boolean;
  text: (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;
  status: (status: Status) => string;
  /** The status's symbol and word, as the screens show it (colour alone never carries it). */
  statusLabel: (status: Status) => string;
  review: (status: ReviewStatus) => string;
  unit: (unit: KpiUnit) => string;
  /** `2025-Q3` as the language writes a quarter; a year or anything else as it is. */
  period: (period: string) => string;
  /** A `YYYY-MM-DD` day as the language writes a date. */
  date: (day: string) => string;
  percent: (value: number | null) => string;
  /** A KPI figure in its unit; `count` as a whole number. */
  figure: (value: number | null, unit: KpiUnit) => string;
  number: (value: number | null, fractionDigits?: number) => string;
  /**
   * A text of the framework or of a reviewer (often English) set inside a right-to-left paragraph as a
   * unit of its own direction (first-strong isolate), so "[Demo] …assumed." does not read "…assumed [Demo]".
   */
  isolate: (text: string) => string;
}

export function exportLocale(language: Language): ExportLocale {
  const texts = EXPORT_TEXTS[language];
  const text = (key: TextKey, values?: Readonly<Record<string, string | number>>) => fill(texts[key], values);
  const year = (y: number) => String(y);
  // `negative`: a small gap rounded to nothing reads 0, not -0
  const numberFormat = (digits: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits, signDisplay: 'negative' });
  const percentFormat = new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'negative',
  });
  const dash = '–';
  return {
    language,
    rtl: language === 'ar',
    text,
    status: (s) => texts[s],
    statusLabel: (s) => `${STATUS_SYMBOLS[s]} ${texts[s]}`,
    review: (s) => texts[REVIEW_KEYS[s]],
    unit: (u) => texts[UNIT_KEYS[u]],
    period: (p) => {
      const parsed = parsePeriod(p);
      return parsed?.quarter ? text('quarter', { quarter: parsed.quarter, year: year(parsed.year) }) : p;
    },
    date: (day) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    percent: (v) => (v === null ? dash : percentFormat.format(v)),
    figure: (v, unit) =>
      v === null
        ? dash
        : unit === 'percent'
          ? percentFormat.format(v / 100)
          : numberFormat(unit === 'count' ? 0 : 2).format(v),
    number: (v, digits = 2) => (v === null ? dash : numberFormat(digits).format(v)),
    isolate: (t) => (language === 'ar' && t !== '' ? `\u2068${t}\u2069` : t),
  };
}
