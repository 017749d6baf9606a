// "Will we make it?": each KPI of the plan with its target of the plan's last year, the forecast for that year,
// the gap and the likely year (shared/src/rbm/outlook.ts), on the same measurement as every other figure.
import { kpiOutlook } from '@rbm/shared/rbm';
import type { Outlook } from '@rbm/shared/schemas';
import { figuresBasis, openNamedFigures, type FiguresContext } from '../figures/figures.service.ts';

export async function outlook(ctx: FiguresContext, input: { plan?: string | undefined }): Promise<Outlook> {
  const { plan, measurement, groups } = await openNamedFigures(ctx, input);
  const rows = ctx.store.memo(measurement, `outlook|${plan.id}`, () =>
    measurement.kpis.map((kpi) => ({
      kpi,
      outlook: kpiOutlook(kpi.rbm, measurement.rbmPlan, kpi.totalActuals),
    })),
  );
  return {
    plan: groups.plan,
    basis: figuresBasis(ctx.visibility, String(plan.endYear), ctx.now),
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
