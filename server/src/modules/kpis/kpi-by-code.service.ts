// One KPI addressed by its code in a plan, as the KPI page is: found here, then told exactly as
// GET /api/kpis/:id tells it. Apart from kpis.service.ts so the figures behind getKpiDetail stay in one place.
import type { KpiDetail } from '@rbm/shared/schemas';
import { AppError, notFound } from '../../errors.ts';
import { resolvePlan } from '../figures/figures.service.ts';
import * as repo from './kpis.repository.ts';
import { getKpiDetail } from './kpis.service.ts';

type KpiContext = Parameters<typeof getKpiDetail>[0];

export interface KpiCodeInput {
  plan: string;
  code: string;
}

export async function getKpiDetailByCode(ctx: KpiContext, input: KpiCodeInput): Promise<KpiDetail> {
  const plan = await resolvePlan(ctx, input);
  const kpi = await repo.findKpiByCode(ctx.db, plan.id, input.code);
  if (!kpi) throw notFound('KPI', input.code);
  // GET /api/kpis/:id has the auth plugin check this (scope `kpi`); a code is not an id, so it is done here
  const scope = ctx.scope ?? null;
  if (ctx.visibility !== 'approved' && scope !== null && !scope.has(kpi.ownerPriorityId)) {
    throw new AppError(403, 'out_of_scope', 'This KPI belongs to a thematic priority outside your scope');
  }
  return getKpiDetail(ctx, kpi.id);
}
