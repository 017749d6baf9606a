// The Resolution 59 report's own words in the six languages, for its workbook and deck; status words, periods,
// dates and numbers come from the annual report's catalogue (reports/export-texts). `{name}` marks a value.
import type { Language } from '@rbm/shared';
import { ar } from './ar.ts';
import { en, type ThemeReportTextKey, type ThemeReportTexts } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export type { ThemeReportTextKey };

export const THEME_REPORT_TEXTS: Readonly<Record<Language, ThemeReportTexts>> = { en, fr, es, ru, zh, ar };

/** The report's words in a language: `w('title', { year: 2026 })`. */
export type ThemeReportWords = (
  key: ThemeReportTextKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

export function themeReportWords(language: Language): ThemeReportWords {
  const texts = THEME_REPORT_TEXTS[language];
  return (key, values = {}) =>
    texts[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
