import type { RiskFilters } from '../utils/risk-filters.ts';

export const riskKeys = {
  all: ['risks'] as const,
  list: (plan: string, filters: RiskFilters) => [...riskKeys.all, 'list', plan, filters] as const,
  heatMap: (plan: string) => [...riskKeys.all, 'heat-map', plan] as const,
  top: (plan: string) => [...riskKeys.all, 'top', plan] as const,
  detail: (id: number) => [...riskKeys.all, 'detail', id] as const,
};
