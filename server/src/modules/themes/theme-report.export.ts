// The Resolution 59 report as a download: XLSX or PowerPoint in the reader's language, both built from the
// JSON report so they show exactly its figures; each file's name carries its language.
import type { Language } from '@rbm/shared';
import { PPTX_CONTENT_TYPE, XLSX_CONTENT_TYPE, type ThemeReport } from '@rbm/shared/schemas';
import { exportLocale } from '../reports/export-texts/index.ts';
import { themeReportPptx } from './theme-report.pptx.ts';
import { themeReportWords } from './theme-report-texts/index.ts';
import { themeReportXlsx } from './theme-report.xlsx.ts';

export interface ThemeReportFile {
  contentType: string;
  filename: string;
  body: Buffer;
}

export async function exportThemeReport(
  report: ThemeReport,
  format: 'xlsx' | 'pptx',
  language: Language,
  now: Date,
): Promise<ThemeReportFile> {
  const locale = exportLocale(language);
  const words = themeReportWords(language);
  const day = now.toISOString().slice(0, 10);
  // ASCII only, so every browser keeps it as it is
  const filename = `resolution-59-report-${report.plan.code}-${report.year}-${language}.${format}`;
  return format === 'xlsx'
    ? { contentType: XLSX_CONTENT_TYPE, filename, body: await themeReportXlsx(report, locale, words, day) }
    : { contentType: PPTX_CONTENT_TYPE, filename, body: await themeReportPptx(report, locale, words, day) };
}
