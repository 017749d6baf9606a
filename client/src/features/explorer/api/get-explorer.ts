import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { Explorer } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import type { ExplorerFilters } from '../utils/explorer-filters.ts';
import { explorerKeys } from './query-keys.ts';

type ApiFilters = Omit<ExplorerFilters, 'open'>;

export function getExplorer(plan: string, filters: ApiFilters, language: Language): Promise<Explorer> {
  return fetchRoute(api.getExplorer, {
    query: {
      plan,
      view: filters.view,
      period: filters.period,
      sector: filters.sector,
      region: filters.region,
      status: filters.status,
      lang: language,
    },
  });
}

export const explorerQueryOptions = (plan: string, filters: ApiFilters, language: Language) =>
  queryOptions({
    queryKey: explorerKeys.tree(plan, filters, language),
    queryFn: () => getExplorer(plan, filters, language),
    staleTime: 60_000,
    // Keeps the tree and the filter choices on screen while another view loads.
    placeholderData: keepPreviousData,
  });

export function useExplorer(plan: string, filters: ExplorerFilters, language: Language) {
  const { view, period, sector, region, status } = filters;
  return useQuery(explorerQueryOptions(plan, { view, period, sector, region, status }, language));
}
