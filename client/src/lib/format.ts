// Numbers and dates in the user's language, through Intl.
import type { KpiUnit } from '@rbm/shared';

export function formatNumber(
  value: number,
  language: string,
  options: Intl.NumberFormatOptions = {},
): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2, ...options }).format(value);
}

export function formatKpiValue(value: number | null, unit: KpiUnit, language: string): string {
  if (value === null) return '–';
  if (unit === 'percent')
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
      value / 100,
    );
  if (unit === 'count') return formatNumber(value, language, { maximumFractionDigits: 0 });
  return formatNumber(value, language);
}

/**
 * A number with a free-text unit from the framework ("%", "% GNI p.c.", "bn"). A percentage is written
 * as the language writes one ("67.4%", "67,4 %", "67.4‏%"), with the rest of the unit after it.
 */
export function formatAmount(value: number, unit: string, language: string): string {
  if (unit.startsWith('%')) {
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
      value / 100,
    );
    const rest = unit.slice(1).trim();
    return rest === '' ? percent : `${percent} ${rest}`;
  }
  const number = formatNumber(value, language);
  return unit === '' ? number : `${number} ${unit}`;
}

/** A timestamp from the API (ISO 8601) as a short date and time; the text itself when it is not a date. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
