// "Will we make it?": each KPI of the plan with its target of the plan's last year, the forecast for that year,
// the gap and the likely year (shared/src/rbm/outlook.ts), on the same measurement as every other figure.
import type { Language } from '@rbm/shared';
import { kpiOutlook } from '@rbm/shared/rbm';
import type { Outlook } from '@rbm/shared/schemas';
import type { Db } from '../../db/connection.ts';
import type { MeasurementStore } from '../measurement/measurement.service.ts';
import {
  figuresBasis,
  loadPlanGroups,
  resolvePlan,
  visibilityOf,
  type Include,
} from '../reports/report-groups.ts';

export interface OutlookRequest {
  plan: string | undefined;
  include: Include | undefined;
  language: Language;
  now: Date;
}

export async function outlook(
  db: Db,
  measurements: MeasurementStore,
  request: OutlookRequest,
): Promise<Outlook> {
  const plan = await resolvePlan(db, request.plan);
  const [measurement, groups] = await Promise.all([
    measurements.get(db, plan, visibilityOf(request.include)),
    loadPlanGroups(db, plan, request.language),
  ]);
  const rows = measurements.memo(measurement, `outlook|${plan.id}`, () =>
    measurement.kpis.map((kpi) => ({
      kpi,
      outlook: kpiOutlook(kpi.rbm, measurement.rbmPlan, kpi.totalActuals),
    })),
  );
  return {
    plan: groups.plan,
    basis: figuresBasis(measurement, String(plan.endYear), request.now),
    targetYear: plan.endYear,
    rows: rows.map(({ kpi, outlook: o }) => ({
      code: kpi.code,
      name: groups.kpiName(kpi.id, kpi.name),
      sector: kpi.ownerSectorCode,
      priority: kpi.ownerPriorityCode,
      unit: kpi.rbm.unit,
      direction: kpi.rbm.direction,
      targetYear: o.targetYear,
      target: o.target,
      forecast: o.forecast,
      gap: o.gap,
      likelyYear: o.likelyYear,
      verdict: o.verdict,
    })),
  };
}
