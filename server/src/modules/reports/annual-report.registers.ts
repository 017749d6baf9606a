// The registers in the annual report: the risk heat map and the top risks, the oversight recommendations'
// rates and overdue list, and the commitments' statuses. Read through the registers' own confirmed-only
// services (review-scope CONFIRMED_ONLY), so the report shows the same confirmed state whoever reads it.
import { rankRisks } from '@rbm/shared/rbm';
import type { ReportRegisters } from '@rbm/shared/schemas';
import type { ServiceContext } from '../../lib/service-context.ts';
import { listConfirmedCommitments } from '../commitments/commitment-register.service.ts';
import { getRecommendationRates } from '../recommendations/recommendation-register.service.ts';
import { getRiskHeatMap, getTopRisks } from '../risks/risk-register.service.ts';

/** How many risks the report lists, highest confirmed residual score first. */
export const REPORT_TOP_RISKS = 5;

export async function reportRegisters(ctx: ServiceContext, plan: string): Promise<ReportRegisters> {
  const [heatMap, topBySector, recommendations, commitments] = await Promise.all([
    getRiskHeatMap(ctx, { plan }),
    getTopRisks(ctx, { plan, limit: REPORT_TOP_RISKS }),
    getRecommendationRates(ctx, { plan }),
    listConfirmedCommitments(ctx, { plan }),
  ]);
  // every Sector's first five hold the plan's first five
  const rated = topBySector.sectors.flatMap(({ risks }) =>
    risks.flatMap((risk) =>
      risk.latest
        ? [{ risk, code: risk.code, residual: risk.latest.residual, inherent: risk.latest.inherent }]
        : [],
    ),
  );
  const top = rankRisks(rated)
    .slice(0, REPORT_TOP_RISKS)
    .map(({ risk }) => risk);
  return { risks: { heatMap, top }, recommendations, commitments };
}
