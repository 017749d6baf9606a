// Two choices the method leaves open, made once here so every screen and report agrees.
//
// Regions. rbm-method.md rolls figures up "for any grouping", regions included, but a KPI's annual targets are
// set for the whole world. A regional value of a level or rate (a percentage, a ratio, a number of days, a plain
// number) can be judged against those targets as it stands; a regional count or amount (people trained,
// CHF mobilized) cannot, because the target is the sum over all regions and no region is meant to reach it
// alone. So only KPIs disaggregated by region whose unit is not additive count in a region's roll-up; the
// roll-up says how many KPIs it stands on, so a region with few comparable KPIs is seen as such.
//
// Latest period. A KPI's "latest status" is its status in the latest period in which a value was due: the last
// complete quarter (capped at the plan's last quarter) for quarterly KPIs, the latest Q4 at or before it for
// annual ones. Before the plan's first quarter is complete, it is the plan's first quarter (and `not_due`).

import type { KpiUnit } from '../domain.ts';
import type { RbmKpi, RbmPlan } from './model.ts';
import { formatQuarterIndex, lastCompleteQuarterIndex, quarterIndex } from './periods.ts';

const ADDITIVE_UNITS: ReadonlySet<KpiUnit> = new Set<KpiUnit>(['count', 'currency']);

/** Can this KPI's regional values be judged against its (worldwide) targets? */
export function isRegionallyComparable(kpi: Pick<RbmKpi, 'unit'>): boolean {
  return !ADDITIVE_UNITS.has(kpi.unit);
}

/** The latest quarter (`YYYY-Qn`) in which the KPI owed a value at `now`. */
export function latestDuePeriod(kpi: Pick<RbmKpi, 'frequency'>, plan: RbmPlan, now: Date): string {
  const first = quarterIndex(plan.startYear, 1);
  const last = Math.min(lastCompleteQuarterIndex(now), quarterIndex(plan.endYear, 4));
  if (last < first) return formatQuarterIndex(first);
  if (kpi.frequency === 'quarterly') return formatQuarterIndex(last);
  // annual KPIs report in Q4: step back to the latest Q4 at or before `last`
  const latestQ4 = last - (((last % 4) + 1) % 4);
  return latestQ4 < first ? formatQuarterIndex(first + 3) : formatQuarterIndex(latestQ4);
}
