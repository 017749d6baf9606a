import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Language } from '@rbm/shared';
import { api } from '@rbm/shared/api';
import type { Statistics } from '@rbm/shared/schemas';
import { fetchRoute } from '../../../lib/api-client.ts';
import { overviewKeys } from './query-keys.ts';

export function getStatistics(language: Language): Promise<Statistics> {
  return fetchRoute(api.getStatistics, { query: { lang: language } });
}

export const statisticsQueryOptions = (language: Language) =>
  queryOptions({
    queryKey: overviewKeys.statistics(language),
    queryFn: () => getStatistics(language),
    staleTime: 5 * 60_000,
  });

export function useStatistics(language: Language) {
  return useQuery(statisticsQueryOptions(language));
}
