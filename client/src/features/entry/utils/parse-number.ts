// Typed numbers in the user's language: "1 234,5" in French, "1,234.5" in English, "١٢٣٫٥" in Arabic.
// The separators come from Intl for the language, so parsing agrees with how the grid formats numbers.

interface Separators {
  group: string;
  decimal: string;
}

const cache = new Map<string, Separators>();

export function separatorsOf(language: string): Separators {
  const known = cache.get(language);
  if (known) return known;
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  const separators = {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
  cache.set(language, separators);
  return separators;
}

const SPACES = /[\s\u00a0\u202f\u2009']/g;
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

function westernDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/**
 * The number a person typed, or null when the text is not one. Grouping marks (spaces, the language's
 * group separator) are dropped; the language's decimal mark and, always, a point are decimal marks. A
 * comma is a decimal mark in languages whose decimal is a comma and a group mark elsewhere, except that
 * "12,5" with a single comma not followed by exactly three digits reads as a decimal everywhere (Excel
 * copies from a French sheet). A trailing "%" is allowed. Empty text is null.
 */
export function parseNumber(text: string, language: string): number | null {
  const { group, decimal } = separatorsOf(language);
  let s = westernDigits(text.trim())
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/%$/, '')
    .trim();
  if (s === '') return null;
  s = s.replace(SPACES, '');
  const commaIsDecimal = decimal === ',' || decimal === '\u066b';
  if (commaIsDecimal) {
    const pointsGroup = s.includes(',') || (group === '.' && /^[-+]?\d{1,3}(\.\d{3})+$/.test(s));
    if (pointsGroup) s = s.replace(/\./g, '');
    s = s.replace(/,/g, '.');
  } else {
    const commas = s.match(/,/g)?.length ?? 0;
    if (commas === 1 && !s.includes('.') && !/,\d{3}$/.test(s)) s = s.replace(',', '.');
    else s = s.replace(/,/g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** A number as the planner edits it: plain digits, the language's decimal mark, no grouping. */
export function editableNumber(value: number | null, language: string): string {
  if (value === null) return '';
  const { decimal } = separatorsOf(language);
  return String(value).replace('.', decimal === '\u066b' ? ',' : decimal);
}
