// A reporting period ("2026-Q3", "2026") written the way each of the six languages writes it, for screens,
// print and exports alike: "Q3 2026", "T3 2026", "الربع الثالث 2026", "III кв. 2026", "2026年第三季度".
// Digits follow the language's own number format (Intl), as every other number on the page does.

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^\d{4}$/;

const ARABIC_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const CHINESE_NUMERALS = ['一', '二', '三', '四'] as const;

function year(value: number, language: string): string {
  return new Intl.NumberFormat(language, { useGrouping: false }).format(value);
}

function quarterLabel(yearText: string, quarter: number, language: string): string {
  const index = quarter - 1;
  switch (language.split('-')[0]) {
    case 'fr':
    case 'es':
      return `T${new Intl.NumberFormat(language).format(quarter)} ${yearText}`;
    case 'ar':
      return `الربع ${ARABIC_ORDINALS[index]} ${yearText}`;
    case 'ru':
      return `${ROMAN[index]} кв. ${yearText}`;
    case 'zh':
      return `${yearText}年第${CHINESE_NUMERALS[index]}季度`;
    default:
      return `Q${quarter} ${yearText}`;
  }
}

/** "2026-Q3" or "2026" in the given language; anything else is returned as it is. */
export function formatPeriod(period: string, language: string): string {
  const quarter = QUARTER.exec(period);
  if (quarter) return quarterLabel(year(Number(quarter[1]), language), Number(quarter[2]), language);
  return YEAR.test(period) ? year(Number(period), language) : period;
}

/** A quarter given as numbers (as charts hold it), in the given language. */
export function formatQuarter(yearValue: number, quarter: number, language: string): string {
  return quarterLabel(year(yearValue, language), quarter, language);
}
