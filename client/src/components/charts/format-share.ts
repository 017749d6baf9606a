// A share (0..1) such as a score, completeness or timeliness, as a percentage in the user's language.
import { formatNumber } from '../../lib/format.ts';

export function formatShare(value: number | null, language: string): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return formatNumber(value, language, { style: 'percent', maximumFractionDigits: 0 });
}
