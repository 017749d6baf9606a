// The year-to-date of a flow KPI (aggregation `sum`) as the grid shows it beside the quarter: the shared
// calculation module's own sum, so the figure shown is the one the live status rates.
import { yearToDate } from '@rbm/shared/rbm';
import type { EntryKpi } from '@rbm/shared/schemas';

/** Quarterly flow KPIs are judged on their year-to-date; other KPIs on the quarter's own value. */
export const showsYearToDate = (kpi: Pick<EntryKpi, 'aggregation' | 'frequency'>): boolean =>
  kpi.aggregation === 'sum' && kpi.frequency === 'quarterly';

/**
 * The year-to-date with `quarter` as this quarter's figure: the year's earlier reported quarters plus it.
 * null when the KPI is not a quarterly flow or this quarter has no figure (a missing quarter is no data,
 * not a zero, as in the status).
 */
export function entryYearToDate(kpi: EntryKpi, period: string, quarter: number | null): number | null {
  if (!showsYearToDate(kpi) || quarter === null) return null;
  return yearToDate([...kpi.actuals.filter((a) => a.period !== period), { period, value: quarter }], period);
}
