// Numbers and dates in the user's language, through Intl.
import type { KpiUnit } from '@rbm/shared';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per language and options: building one costs far more than using it, and a
 * screen of charts and tables formats thousands of numbers. */
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * The browser's first number format for a language loads its locale data (about 20 ms on a laptop, four
 * times that on a phone). Called while the app waits for the network, so the first screen of figures
 * does not pay for it in the middle of its render.
 */
export function warmUpNumbers(language: string): void {
  numberFormat(language, { maximumFractionDigits: 2 }).format(0);
}

export function formatNumber(
  value: number,
  language: string,
  options: Intl.NumberFormatOptions = {},
): string {
  return numberFormat(language, { maximumFractionDigits: 2, ...options }).format(value);
}

export function formatKpiValue(value: number | null, unit: KpiUnit, language: string): string {
  if (value === null) return '–';
  if (unit === 'percent')
    return numberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  if (unit === 'count') return formatNumber(value, language, { maximumFractionDigits: 0 });
  return formatNumber(value, language);
}

/**
 * A number with a free-text unit from the framework ("%", "% GNI p.c.", "bn"). A percentage is written
 * as the language writes one ("67.4%", "67,4 %", "67.4‏%"), with the rest of the unit after it.
 */
export function formatAmount(value: number, unit: string, language: string): string {
  if (unit.startsWith('%')) {
    const percent = numberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
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
