// The registers beside the retreat comparison, per Sector: the risks above the appetite and the top risk
// (confirmed residual ratings), and the recommendations open and overdue (confirmed states). Read through
// the registers' own confirmed-only services, as the annual report, so every reader sees the same.
import type { SectorRegisters } from '@rbm/shared/schemas';
import type { ServiceContext } from '../../lib/service-context.ts';
import { getRecommendationRates } from '../recommendations/recommendation-register.service.ts';
import { getRiskHeatMap, getTopRisks } from '../risks/risk-register.service.ts';

export async function sectorRegisters(
  ctx: ServiceContext,
  input: { plan: string; sectors: readonly string[] },
): Promise<SectorRegisters[]> {
  const { plan } = input;
  const [heatMap, top, rates] = await Promise.all([
    getRiskHeatMap(ctx, { plan }),
    getTopRisks(ctx, { plan, limit: 1 }),
    getRecommendationRates(ctx, { plan }),
  ]);
  const above = heatMap.cells.filter((c) => !c.withinAppetite).flatMap((c) => c.risks);
  return input.sectors.map((sector) => {
    const risk = top.sectors.find((s) => s.sector.code === sector)?.risks[0];
    const unit = rates.byUnit.find((u) => u.sector.code === sector)?.rates;
    return {
      sector,
      risksAboveAppetite: above.filter((r) => r.sector === sector).length,
      topRisk: risk?.latest
        ? {
            code: risk.code,
            title: risk.title,
            score: risk.latest.residual.score,
            withinAppetite: risk.latest.withinAppetite,
          }
        : null,
      recommendationsOpen: unit?.open ?? 0,
      recommendationsOverdue: unit?.overdue ?? 0,
    };
  });
}
