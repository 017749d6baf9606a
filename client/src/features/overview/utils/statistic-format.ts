// How a statistic's values and units read on screen, in the user's language.
import { formatAmount, formatNumber } from '../../../lib/format.ts';

/** The unit names the overview translates (overview.units.*); any other unit is shown as it is. */
const UNIT_KEYS: Readonly<Record<string, string>> = {
  '%': 'percent',
  '% pop': 'percentPopulation',
  '% GNI p.c.': 'percentGni',
  bn: 'billions',
  ratio: 'ratio',
  economies: 'economies',
};

export function unitKey(unit: string): string | null {
  return UNIT_KEYS[unit] ?? null;
}

/** A value with its unit ("74%", "6 bn"); a ratio is a bare number. */
export function formatStatistic(value: number, unit: string, language: string): string {
  if (unit === 'ratio') return formatNumber(value, language);
  if (unit.startsWith('%')) return formatAmount(value, '%', language);
  return formatAmount(value, unit, language);
}

/** An axis tick: the number, with "%" for shares. */
export function formatTick(value: number, unit: string, language: string): string {
  return unit.startsWith('%') ? formatAmount(value, '%', language) : formatNumber(value, language);
}

/** A year, without the thousands separator ("2030", not "2,030"). */
export function formatYear(year: number, language: string): string {
  return formatNumber(year, language, { useGrouping: false, maximumFractionDigits: 0 });
}
