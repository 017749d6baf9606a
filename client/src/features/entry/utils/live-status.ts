// The status a KPI would have with the value being typed, computed by the shared calculation module
// (the same function the server uses) from the definition the grid endpoint sends. A draft of the quarter
// in progress is rated as if the quarter had ended (what it would be if submitted as it stands).
import { assessKpi, quarterSubmittableFrom, type KpiAssessment } from '@rbm/shared/rbm';
import type { EntryKpi, EntryPlan } from '@rbm/shared/schemas';

export function liveAssessment(
  kpi: EntryKpi,
  plan: EntryPlan,
  period: string,
  asOf: string,
  typed: number | null,
): KpiAssessment {
  const actuals = typed === null ? kpi.actuals : [...kpi.actuals, { period, value: typed }];
  return assessKpi(
    {
      id: kpi.id,
      direction: kpi.direction,
      aggregation: kpi.aggregation,
      frequency: kpi.frequency,
      unit: kpi.unit,
      baseline: kpi.baseline,
      annualTargets: kpi.annualTargets,
      tolerance: kpi.tolerance,
    },
    plan,
    actuals,
    period,
    new Date(Math.max(Date.parse(asOf), quarterSubmittableFrom(period).getTime())),
  );
}

/** What submitting needs: every due KPI with a number or a "no data" reason (as typed and valid). */
export function missingForSubmit(kpis: readonly EntryKpi[], reported: (kpi: EntryKpi) => boolean): string[] {
  return kpis.filter((k) => k.due && !reported(k)).map((k) => k.code);
}
