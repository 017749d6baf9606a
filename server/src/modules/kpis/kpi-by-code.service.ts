// One KPI addressed by its code in a plan, as the KPI page is: found here, then told exactly as
// GET /api/kpis/:id tells it. Apart from kpis.service.ts so the figures behind getKpiDetail stay in one place.
// The auth plugin has checked the KPI's scope (scope source `kpi-code`), as it does for GET /api/kpis/:id.
import type { KpiDetail } from '@rbm/shared/schemas';
import { notFound } from '../../errors.ts';
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
  return getKpiDetail(ctx, kpi.id);
}
