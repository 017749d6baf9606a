// Quarter and year labels in the user's language, for the KPI page's charts and tables.
import { useTranslation } from 'react-i18next';
import { formatPeriod, formatQuarter } from '@rbm/shared';
import { formatNumber } from '../../../lib/format.ts';
import { quarterOfX } from '../utils/kpi-trend.ts';

export function useKpiFormat() {
  const { i18n } = useTranslation();
  const formatYear = (year: number) => formatNumber(year, i18n.language, { useGrouping: false });
  const quarterLabel = (year: number, quarter: number) => formatQuarter(year, quarter, i18n.language);
  return {
    formatYear,
    formatX: (x: number) => {
      const { year, quarter } = quarterOfX(x);
      return quarterLabel(year, quarter);
    },
    /** "2025-Q3" as "Q3 2025" (the language's way); a year as itself. */
    formatPeriod: (period: string) => formatPeriod(period, i18n.language),
  };
}
