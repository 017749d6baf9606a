// Texts shared by the retreat's exports: periods written the language's way and the basis of the figures.
import { formatNumber } from '../../../lib/format.ts';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "2026-Q2" as "Q2 2026" (or the language's way); a year as itself. */
export function periodLabel(period: string, t: Translate, language: string): string {
  const year = (y: string) => formatNumber(Number(y), language, { useGrouping: false });
  const match = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!match) return year(period);
  return t('retreat.quarter', { quarter: formatNumber(Number(match[2]), language), year: year(match[1]!) });
}

/** The line under an export's title: the period, and that the figures count approved values only (the
 * tools are offered only for approved figures). */
export function basisLine(period: string, t: Translate, language: string): string {
  return t('retreat.basis', { period: periodLabel(period, t, language) });
}
