// Quarter and year labels in the user's language, for the KPI page's charts and tables.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { quarterOfX } from '../utils/kpi-trend.ts';

export function useKpiFormat() {
  const { t, i18n } = useTranslation();
  const formatYear = (year: number) => formatNumber(year, i18n.language, { useGrouping: false });
  const quarterLabel = (year: number, quarter: number) =>
    t('kpiPage.quarterLabel', { quarter: formatNumber(quarter, i18n.language), year: formatYear(year) });
  return {
    formatYear,
    formatX: (x: number) => {
      const { year, quarter } = quarterOfX(x);
      return quarterLabel(year, quarter);
    },
    /** "2025-Q3" as "Q3 2025"; a year as itself. */
    formatPeriod: (period: string) => {
      const match = /^(\d{4})-Q([1-4])$/.exec(period);
      return match ? quarterLabel(Number(match[1]), Number(match[2])) : formatYear(Number(period));
    },
  };
}
