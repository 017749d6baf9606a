// A plan's values sorted out per KPI: its totals' actuals, each region's values by quarter and its reported
// quarters, the way the measurement prepares them (measurement.ts). Read as rows (a few KPIs) they are sorted
// out here in one pass; a whole plan comes grouped already on either database, a group per KPI total and per
// region (figures.repository.ts), and only the groups are gone through here, not each value.
import { quarterIndexOf, type ActualValue, type QuarterValues, type ReportedValue } from '@rbm/shared/rbm';

/** A value as the figures read it. */
export interface ValueRow {
  kpiId: number;
  period: string;
  regionId: number | null;
  value: number | null;
  submittedAt: string | Date | null;
}

export interface KpiValues {
  /** The KPI as a whole: quarters with a value. */
  totals: ActualValue[];
  /**
   * Per region: its values by quarter index, as `indexActuals` indexes them (quarters only, finite values);
   * no entry for a region without any.
   */
  regional: Map<number, QuarterValues>;
  /** The KPI as a whole: quarters reported (a value or a "no data" declaration) and when submitted. */
  submissions: ReportedValue[];
}

/** The values of a KPI without any. */
export function noValues(): KpiValues {
  return { totals: [], regional: new Map(), submissions: [] };
}

/** The KPI's values in `byKpi`, added when it has none yet. */
function valuesOf(byKpi: Map<number, KpiValues>, kpiId: number): KpiValues {
  let values = byKpi.get(kpiId);
  if (values === undefined) {
    values = noValues();
    byKpi.set(kpiId, values);
  }
  return values;
}

/**
 * Each KPI's values from rows: a KPI is there when it has a total reported or a regional value kept.
 * Submission times are parsed once per distinct time (a quarter's are often the same).
 */
export function valuesByKpi(rows: readonly ValueRow[]): Map<number, KpiValues> {
  const byKpi = new Map<number, KpiValues>();
  const dates = new Map<string, Date>();
  for (const { kpiId, period, value, regionId, submittedAt } of rows) {
    if (regionId === null) {
      const values = valuesOf(byKpi, kpiId);
      values.submissions.push({ kpiId, period, submittedAt: dateOf(submittedAt, dates) });
      if (value !== null) values.totals.push({ period, value });
    } else if (value !== null) addRegional(byKpi, kpiId, regionId, quarterIndexOf(period), value);
  }
  return byKpi;
}

/** A region's value kept as indexActuals keeps it: of a quarter, and finite. */
function addRegional(
  byKpi: Map<number, KpiValues>,
  kpiId: number,
  regionId: number,
  quarter: number | null,
  value: number,
): void {
  if (quarter === null || !Number.isFinite(value)) return;
  const { regional } = valuesOf(byKpi, kpiId);
  let quarters = regional.get(regionId) as Map<number, number> | undefined;
  if (quarters === undefined) {
    quarters = new Map();
    regional.set(regionId, quarters);
  }
  quarters.set(quarter, value);
}

/**
 * One KPI's values as the grouped read hands them over (figures.repository.ts groupedPlanValues): its totals
 * (as {period, value}) and reported quarters ([period, submitted at]), and its regional values as three
 * lists side by side (region; its quarter index or null on SQLite, its period on PostgreSQL; value).
 */
export type GroupedKpiValues = [
  kpiId: number,
  totals: [values: ActualValue[], reported: [string, string | null][]],
  regional: [regionIds: number[], quarters: (number | string | null)[], values: number[]],
];

/** Each KPI's values from groups: the same as valuesByKpi of their rows. */
export function valuesOfGroups(groups: readonly GroupedKpiValues[]): Map<number, KpiValues> {
  const byKpi = new Map<number, KpiValues>();
  const dates = new Map<string, Date>();
  for (const [kpiId, [totals, reported], [regionIds, quarters, values]] of groups) {
    if (reported.length > 0) {
      const kpi = valuesOf(byKpi, kpiId);
      kpi.totals = totals;
      kpi.submissions = reported.map(([period, at]) => ({ kpiId, period, submittedAt: dateOf(at, dates) }));
    }
    for (let i = 0; i < regionIds.length; i++) {
      const quarter = quarters[i] ?? null;
      const index = typeof quarter === 'string' ? quarterIndexOf(quarter) : quarter;
      addRegional(byKpi, kpiId, regionIds[i] as number, index, values[i] as number);
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
