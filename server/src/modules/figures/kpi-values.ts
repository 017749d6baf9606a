// A plan's value rows sorted out per KPI in one pass: its totals' actuals, its regions' actuals and its
// reported quarters, the way the measurement prepares them (measurement.ts).
import type { ActualValue, ReportedValue } from '@rbm/shared/rbm';
import type { ValueRow } from './figures.repository.ts';

export interface KpiValues {
  /** The KPI as a whole: quarters with a value. */
  totals: ActualValue[];
  /** Per region: quarters with a value. */
  regional: Map<number, ActualValue[]>;
  /** The KPI as a whole: quarters reported (a value or a "no data" declaration) and when submitted. */
  submissions: ReportedValue[];
}

/** The values of a KPI without any. */
export function noValues(): KpiValues {
  return { totals: [], regional: new Map(), submissions: [] };
}

/** Each KPI's values; submission times parsed once per distinct time (a quarter's are often the same). */
export function valuesByKpi(rows: readonly ValueRow[]): Map<number, KpiValues> {
  const byKpi = new Map<number, KpiValues>();
  const dates = new Map<string, Date>();
  let lastId = Number.NaN;
  let current = noValues();
  for (const row of rows) {
    if (row.kpiId !== lastId) {
      lastId = row.kpiId;
      const known = byKpi.get(lastId);
      if (known) current = known;
      else {
        current = { totals: [], regional: new Map(), submissions: [] };
        byKpi.set(lastId, current);
      }
    }
    const { period, value, regionId } = row;
    if (regionId === null) {
      current.submissions.push({ kpiId: lastId, period, submittedAt: dateOf(row.submittedAt, dates) });
      if (value !== null) current.totals.push({ period, value });
    } else if (value !== null) {
      const list = current.regional.get(regionId);
      if (list) list.push({ period, value });
      else current.regional.set(regionId, [{ period, value }]);
    }
  }
  return byKpi;
}

function dateOf(at: string | Date | null, dates: Map<string, Date>): Date | null {
  if (at === null) return null;
  if (typeof at !== 'string') return new Date(at);
  let date = dates.get(at);
  if (date === undefined) {
    date = new Date(at);
    dates.set(at, date);
  }
  return date;
}
