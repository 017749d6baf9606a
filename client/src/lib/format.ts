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

/** A number with a free-text unit from the framework ("%", "% GNI p.c.", "bn"): no space before a percent sign. */
export function formatAmount(value: number, unit: string, language: string): string {
  const number = formatNumber(value, language);
  if (unit === '') return number;
  return unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
}

/** A timestamp from the API (ISO 8601) as a short date and time; the text itself when it is not a date. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
