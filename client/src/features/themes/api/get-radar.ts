import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@rbm/shared/api';
import type { Radar } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { themeKeys } from './query-keys.ts';

/** The open candidate pairs of a theme (every theme when null). */
export function getRadar(plan: string, theme: string | null): Promise<Radar> {
  return fetchRoute(api.getRadar, { query: { plan, ...(theme ? { theme } : {}) } });
}

export const radarQueryOptions = (plan: string, theme: string | null) =>
  queryOptions({
    queryKey: themeKeys.radar(plan, theme),
    queryFn: () => getRadar(plan, theme),
    staleTime: 30_000,
  });

export function useRadar(plan: string, theme: string | null) {
  return useQuery(radarQueryOptions(plan, theme));
}
